// Types of chromium.mjs (plain ESM, shared with scripts/demo.mjs and the benchmarks).
export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(extensionDir?: string): string[];
export declare function withGrantedHosts(extensionDir: string, hosts: string[]): string;
export declare function enableSites(
  worker: import('playwright-core').Worker,
  hosts: string[],
  options?: { inputSites?: string[] },
): Promise<void>;
export declare function launchChromium(
  extensionDir?: string,
  hosts?: string[],
): Promise<{
  context: import('playwright-core').BrowserContext;
  worker: import('playwright-core').Worker | null;
  close(): Promise<void>;
}>;

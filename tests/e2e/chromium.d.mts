// Types of chromium.mjs (plain ESM, shared with scripts/demo.mjs and bench/typing.mjs).
export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(extensionDir?: string): string[];
export declare function withGrantedHosts(extensionDir: string, hosts: string[]): string;
export declare function enableSites(
  worker: import('playwright-core').Worker,
  hosts: string[],
  options?: { inputSites?: string[] },
): Promise<void>;

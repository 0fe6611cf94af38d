// Types of chromium.mjs (plain ESM, shared with scripts/demo.mjs and bench/typing.mjs).
export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(extensionDir?: string): string[];

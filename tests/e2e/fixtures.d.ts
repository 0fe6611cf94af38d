// Types of the fixture build/serve modules (plain ESM so Node and esbuild run them without a TS step).
declare module '*/fixtures/build.mjs' {
  export const FIXTURE_NAMES: string[];
  export function buildFixtures(outDir: string, options?: { only?: string[] }): Promise<void>;
}
declare module '*/fixtures/server.mjs' {
  export function serveFixtures(options?: { only?: string[] }): Promise<{ url(name: string): string; root: string; close(): Promise<void> }>;
}

// Types of the fixture build/serve modules (plain ESM so Node and esbuild run them without a TS step).
declare module '*/fixtures/build.mjs' {
  export const FIXTURE_NAMES: string[];
  export const HELPDESK_NAMES: string[];
  export const HELPDESKS: Array<{
    name: string;
    title: string;
    url: string;
    editor: string;
    channel: 'email' | 'chat';
    notes: boolean;
  }>;
  export function buildFixtures(outDir: string, options?: { only?: string[] }): Promise<void>;
}
declare module '*/fixtures/server.mjs' {
  export function serveFixtures(options?: { only?: string[] }): Promise<{
    url(name: string, mode?: 'reply' | 'note'): string;
    root: string;
    /** Answers the helpdesk pages at their real addresses in this browser context (Playwright routing). */
    route(context: import('playwright-core').BrowserContext): Promise<void>;
    close(): Promise<void>;
  }>;
}
declare module '*/fixtures/helpdesks.mjs' {
  export type Kind = 'customer' | 'agent' | 'note';
  export interface ThreadItem {
    kind: Kind;
    name: string;
    text: string;
  }
  export interface Helpdesk {
    name: string;
    title: string;
    url: string;
    editor: string;
    channel: 'email' | 'chat';
    notes: boolean;
    pageTitle?: string;
    thread?: ThreadItem[];
  }
  export const STORY: Record<'earlier' | 'reply' | 'latest' | 'note' | 'later', ThreadItem>;
  export const THREAD: ThreadItem[];
  export const HELPDESKS: Helpdesk[];
  export const HELPDESK_NAMES: string[];
  export function helpdeskBody(helpdesk: Helpdesk, mode?: 'reply' | 'note', thread?: ThreadItem[]): string;
}

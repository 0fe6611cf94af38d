import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { yamlPacksVite } from './scripts/yaml-plugin.mjs';

// The public half of the extension's signing key. It fixes the extension id
// (anjcjjlbphhjhighjecildedohaapamn) for unpacked builds too, so enterprise policy and tests can name it.
const PUBLIC_KEY = [
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA',
  '3CusVk1wbNFagrrvPPiN2wNYaCVDtSefrElzhf5fIzsqCRCwLBSKjfkg8IAm6ilOdriyrHHiMfVWcjs/ot+/vwu5HjUmNbxJ',
  '0dToMcS4UhcLQO4EgFo36MAG2e82iED7mbOML1ggIkraCajoV5ZBLhS4mUhIqVd+0KueA5MXou3tMazmIR8w40KnmI++JRpB',
  'UQOjyWtULJtJqxhV0Ol2vfzUlPkKjKug0bbV6t/w+HIEnjtC9mAJCLAiZbyMbL0o6XxSYlPNisnb9bvmidfNvc6LXK7JrnSK',
  '6rsXQzr0e6U8Y+E4kYiq4oqioUpU0Y6HxuYzvGXXVkUNtLp7NP0j9wIDAQAB',
].join('');

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [preact(), yamlPacksVite()],
    build: {
      rollupOptions: {
        // eld builds its detector when imported, so a bundle importing the engine would carry its 960 KB n-gram
        // table even when it never detects a language (the background only checks packs); declared free of side
        // effects, eld stays only where detection runs (the coach, the practice page).
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/eld/') },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Empathy Coach',
    description:
      'Inline empathy coaching for support replies: tone, blame, jargon and positive language, all on your machine.',
    // scripting: register the content script on sites the agent enables; activeTab: the popup reads the
    // current tab's address; alarms: pack sync; contextMenus: "Suggest a rule" for selected text. Sites, and pack servers, are asked for one by one (optional).
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'contextMenus'],
    // (Firefox's MV2 build names them optional_permissions)
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // The coach and its full engine, which the content script imports into a frame once the agent writes there
    // (src/content/load-coach.ts). Chrome serves it only at the session's dynamic URL, so pages cannot find the
    // extension by probing a fixed address; Firefox's extension URLs are random per install already.
    web_accessible_resources:
      browser === 'firefox'
        ? ['coach.js', 'coach-engine.js']
        : [{ resources: ['coach.js', 'coach-engine.js'], matches: ['*://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // nothing the agent writes, nor anything else, leaves the browser
            gecko: {
              id: 'empathy-coach@empathy-coach.dev',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome publishes enterprise policy to storage.managed only for an extension that declares its schema.
        { key: PUBLIC_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
  webExt: {
    // `npm run dev` opens Debian's Chromium; nothing is ever downloaded.
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});

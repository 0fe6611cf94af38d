/**
 * Which way imports go (docs/architecture.md): engine ← packs ← storage/settings/insights/practice ←
 * background / content / ui / cli, and entrypoints only wire. Each layer lists the folders it must not reach;
 * a wrong-way import fails `npm run check` with the reason. `tests/unit/boundaries.test.ts` proves each bites.
 */
const up = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const rule = (message, ...regexes) => ['error', { patterns: regexes.map((regex) => ({ regex, message })) }];
const BROWSER = '^(#imports|webextension-polyfill|wxt(/.*)?)$';

/** @type {Array<{ layer: string, files: string[], rules: object }>} */
export const BOUNDARIES = [
  {
    layer: 'engine',
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': rule(
        'The engine is pure: no browser API and nothing of the layers built on it (packs, storage, hosts).',
        up(
          'packs',
          'storage',
          'settings',
          'insights',
          'practice',
          'messages',
          'background',
          'content',
          'ui',
          'cli',
          'eval',
        ),
        BROWSER,
        '(^|/)bench/',
      ),
    },
  },
  {
    layer: 'packs',
    files: ['src/packs/**'],
    rules: {
      'no-restricted-imports': rule(
        'Packs build on the engine only: storage and the hosts build on packs.',
        up('storage', 'settings', 'insights', 'practice', 'messages', 'background', 'content', 'ui', 'cli', 'eval'),
        BROWSER,
      ),
    },
  },
  {
    layer: 'practice',
    files: ['src/practice/**'],
    rules: {
      'no-restricted-imports': rule(
        'Practice scoring is pure (engine and packs): the practice page binds it to storage.',
        up('storage', 'settings', 'insights', 'messages', 'background', 'content', 'ui', 'cli', 'eval'),
        BROWSER,
      ),
    },
  },
  {
    layer: 'storage',
    files: ['src/storage/**', 'src/settings/**', 'src/insights/**', 'src/messages/**'],
    rules: {
      'no-restricted-imports': rule(
        'Storage, settings, insights and messages are shared by every host: they must not import a host.',
        up('background', 'content', 'ui', 'cli', 'eval'),
      ),
    },
  },
  {
    layer: 'background',
    files: ['src/background/**'],
    rules: {
      'no-restricted-imports': rule(
        'The background talks to pages by message and reads the shared storage; it imports no page code but the site list.',
        up('ui', 'cli', 'eval'),
        '^(\\.\\./)+content(/(?!sites$)|$)',
      ),
    },
  },
  {
    layer: 'content',
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': rule(
        'Content scripts reach the background by message (src/messages) and state through src/storage.',
        up('background', 'ui', 'cli', 'eval'),
      ),
    },
  },
  {
    layer: 'ui',
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': rule(
        'Pages reach the background by message and state through src/storage; of the content script they may use only its public coach and site list.',
        up('background', 'cli', 'eval'),
        '^(\\.\\./)+content(/(?!(sites|coach)$)|$)',
      ),
    },
  },
  {
    layer: 'cli',
    files: ['src/cli/**', 'src/eval/**'],
    rules: {
      'no-restricted-imports': rule(
        'The CLI and the evaluation run in Node on the engine and packs: no browser storage, no extension code.',
        up('storage', 'background', 'content', 'ui'),
        BROWSER,
        '(^|/)bench/',
      ),
    },
  },
];

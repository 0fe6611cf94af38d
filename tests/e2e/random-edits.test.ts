/**
 * Zero corruption: long seeded sequences of typing, deleting, pasting and applying suggestions on every editor,
 * checking after each step that the editor's model holds exactly what was typed plus what was applied.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_NAMES } from './fixtures/build.mjs';
import { openEditorPage } from './overlay';
import { useFixtureSession } from './session';

const STEPS = 24;
const WORDS = [
  'Unfortunately',
  'you',
  'failed',
  'to',
  'attach',
  'the',
  'file',
  'just',
  'restart',
  'it',
  'per',
  'my',
  'last',
  'email',
  'thanks',
  'for',
  'waiting',
  'simply',
  'tier',
  '2',
  'will',
  'check',
];
const PASTES = [
  'We cannot do that. ',
  'Please calm down. ',
  'Sorry for the inconvenience. ',
  'I will check it today. ',
];

const session = useFixtureSession();

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Resolves once the page has run a frame and the tasks queued before it: an editor's pending render and selection events. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

/** Same text as the model's, with the non-breaking spaces contenteditable types for trailing spaces read as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe.each(FIXTURE_NAMES)('%s', (name) => {
  it(`keeps the text exactly right through ${STEPS} random edits`, async () => {
    const editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url(name));
    const next = random(name.length * 7919);
    const multiline = name !== 'input';
    let expected = '';
    const log: string[] = [];
    await editor.editable.click();
    for (let step = 0; step < STEPS; step++) {
      // every fourth step applies a suggestion; the others type, delete, paste or break lines at random
      const choice = step % 4 === 3 ? 1 : next() * 0.8;
      if (choice < 0.4) {
        const words =
          Array.from({ length: 1 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') +
          ' ';
        await editor.page.keyboard.type(words, { delay: 3 });
        expected += words;
        log.push(`type ${JSON.stringify(words)}`);
      } else if (choice < 0.55 && expected.length) {
        const count = 1 + Math.floor(next() * Math.min(4, expected.length));
        for (let i = 0; i < count; i++) await editor.page.keyboard.press('Backspace');
        expected = expected.slice(0, -count);
        log.push(`backspace ×${count}`);
      } else if (choice < 0.7) {
        const text = PASTES[Math.floor(next() * PASTES.length)];
        await editor.page.keyboard.insertText(text);
        expected += text;
        log.push(`paste ${JSON.stringify(text)}`);
      } else if (choice < 0.78 && multiline && /\S$/.test(expected)) {
        // (after a word: editors differ on where Control+End puts the caret around trailing spaces)
        await editor.page.keyboard.press('Enter');
        expected += '\n';
        log.push('enter');
      } else {
        // type a coached word (as a word of its own: deletions may have left a half word), then apply its first suggestion
        const word = /(^|\s)$/.test(expected) ? 'Unfortunately ' : ' Unfortunately ';
        await editor.page.keyboard.type(word, { delay: 3 });
        expected += word;
        log.push(`type ${JSON.stringify(word)}`);
        // from the keyboard, as a person would: Alt+Shift+J opens the last finding (the word just typed) with
        // the focus on its first suggestion, and Enter applies it
        const popover = await vi.waitFor(
          async () => {
            await editor.page.keyboard.press('Alt+Shift+j');
            const open = await editor.popover();
            const [, at, to] = /@(\d+)-(\d+)$/.exec(open?.id ?? '@0-0')!.map(Number);
            if (!open || expected.slice(at, to) !== 'Unfortunately' || !open.suggestions.length) {
              if (open) await editor.page.keyboard.press('Escape');
              throw new Error(
                `no fresh finding yet (${open?.id}: ${JSON.stringify(expected.slice(at, to))}) text ${JSON.stringify(await editor.getText())}\n${log.join('\n')}`,
              );
            }
            return { ...open, start: at, end: to };
          },
          { timeout: 8_000, interval: 250 },
        );
        await editor.page.keyboard.press('Enter');
        const candidate = expected.slice(0, popover.start) + popover.suggestions[0] + expected.slice(popover.end);
        await expect.poll(async () => plain(await editor.getText()), { timeout: 5_000 }).toBe(plain(candidate));
        expected = candidate;
        log.push(`apply → ${JSON.stringify(popover.suggestions[0])}`);
        // and goes on writing at the end. The editor is let settle first, as between a person's keystrokes: Slate
        // renders its model (and puts the caret back at the rewrite's end) a task later, and Chromium reports
        // Control+End's caret move to Lexical by a selectionchange event, also a task later.
        await settle(editor.page);
        await editor.page.keyboard.press('Control+End');
        await settle(editor.page);
      }
      const want = plain(expected);
      const got = await vi
        .waitFor(
          async () => {
            const text = plain(await editor.getText());
            if (text !== want) throw new Error('not yet');
            return text;
          },
          { timeout: 5_000, interval: 50 },
        )
        .catch(async () => plain(await editor.getText()));
      expect(got, `after:\n${log.join('\n')}`).toBe(want);
    }
    expect(
      log.some((l) => l.startsWith('apply')),
      `some suggestion was applied:\n${log.join('\n')}`,
    ).toBe(true);
    await editor.page.close();
  }, 120_000);
});

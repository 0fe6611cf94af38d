/**
 * "No task of ours blocks the page for 50 ms" (design.md), checked where it is hardest: the first analysis of a
 * cold 5,000-word draft, on focus, in a real editor. The page's own long-task observer sees every task on its
 * main thread, the content script's included; the fixture page itself is idle after it has loaded the draft.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const session = useFixtureSession(['prosemirror', 'textarea']);

describe.each(['prosemirror', 'textarea'])('a cold 5,000-word draft in %s', (name) => {
  let editor: EditorPage;
  beforeAll(async () => {
    editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url(name));
    // The coach loads in a frame the first time the agent focuses a field there (docs/benchmarks.md): that one-time
    // load is the bench's first-underline figure, not this test's. Here the frame has coached once (the draft badge
    // comes with the full engine, after the first pass), and the 5,000-word draft it then meets is cold: no
    // sentence of it analysed, no underline placed.
    await editor.editable.focus();
    await editor.page.keyboard.type('Thanks!');
    await vi.waitFor(
      async () =>
        expect(
          await editor.overlay.evaluate(() =>
            Boolean(document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-badge]')),
          ),
        ).toBe(true),
      {
        timeout: 30_000,
      },
    );
    // back to an empty field with the caret at its start, as a fresh page has it
    await editor.page.keyboard.press('ControlOrMeta+A');
    await editor.page.keyboard.press('Delete');
    await vi.waitFor(async () => expect(await editor.getText()).toBe(''));
    await editor.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });
  afterAll(() => editor?.page.close());

  it('is coached on focus without a long task', async () => {
    await editor.setText(generateCorpus(5_000, 7));
    await editor.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) =>
        w.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))),
      ).observe({ type: 'longtask' });
    });
    await editor.page.waitForTimeout(300); // the page's own work on the new draft ends before the agent arrives
    await editor.page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    await editor.editable.focus();
    // the whole draft is coached (the badge counts every finding), and the findings in view are underlined
    await vi.waitFor(async () => expect(await badgeCount()).toBeGreaterThan(100), { timeout: 30_000 });
    const top = await editor.underlines();
    expect(top.length).toBeGreaterThan(0);
    await editor.page.waitForTimeout(500);
    expect(await longTasks()).toEqual([]);
  });

  it('underlines the other end of the draft when the agent scrolls there, without a long task', async () => {
    // the agent reads the draft's end (where focus leaves the caret in most editors), then scrolls back to its start
    const scroll = (to: 'end' | 'start') =>
      editor.editable.evaluate((el, where) => {
        // the editor itself scrolls, or the page around it does
        const scroller = el.scrollHeight > el.clientHeight + 1 ? el : document.scrollingElement!;
        scroller.scrollTop = where === 'end' ? scroller.scrollHeight : 0;
      }, to);
    await scroll('end');
    // the underlines follow the scroll in the next frames
    await editor.page.waitForTimeout(500);
    const before = (await editor.underlines()).map((u) => u.finding);
    await scroll('start');
    await vi.waitFor(
      async () => {
        const now = (await editor.underlines()).map((u) => u.finding);
        expect(now.length).toBeGreaterThan(0);
        expect(now.some((f) => !before.includes(f))).toBe(true);
      },
      { timeout: 5_000 },
    );
    // findings of the draft's first lines (of about 30,000 characters)
    const first = (await editor.underlines())[0];
    const [, start] = /@(\d+)-(\d+)$/.exec(first.finding)!.map(Number);
    expect(start).toBeLessThan(2_000);
    await editor.page.waitForTimeout(300);
    expect(await longTasks()).toEqual([]);
  });

  const badgeCount = () =>
    editor.overlay.evaluate(() =>
      Number(document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-badge] span')?.textContent ?? 0),
    );
  const longTasks = () => editor.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
});

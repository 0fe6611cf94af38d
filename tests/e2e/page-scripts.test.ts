/**
 * A page's own scripts against the overlay. Its shadow root is open (design.md), so a script can reach every
 * button; the handlers act on trusted events only: a synthetic Alt+J opens nothing, and `.click()` on the
 * popover's buttons turns no rule off, adds nothing to the ignore list and changes nothing in the draft.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const DRAFT = 'Hi Sam, unfortunately the refund window has closed. Per my last email, you failed to attach the file.';

const session = useFixtureSession(['textarea']);
let editor: EditorPage;

beforeAll(async () => {
  editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url('textarea'));
  await editor.editable.click();
  await editor.page.keyboard.type(DRAFT);
  await vi.waitFor(async () => expect(await editor.underlines('core/per-my-last-email')).toHaveLength(1), {
    timeout: 10_000,
  });
});
afterAll(() => editor?.page.close());

const settings = () =>
  session.browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

/** What a page script can do: find the overlay's buttons through the open shadow root and click them. */
const scriptClicks = (selector: string) =>
  editor.page.evaluate((s) => {
    const button = document.querySelector('empathy-coach')?.shadowRoot?.querySelector<HTMLElement>(s);
    if (!button) return false;
    button.click();
    return true;
  }, selector);

describe('page scripts', () => {
  it('cannot open the popover with a synthetic Alt+J', async () => {
    await editor.page.evaluate(() => {
      const field = document.querySelector('textarea')!;
      field.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'j',
          code: 'KeyJ',
          altKey: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    });
    await editor.page.waitForTimeout(300);
    expect(await editor.popover()).toBeNull();
  });

  it('cannot press the popover’s buttons: no rule off, nothing ignored, nothing applied', async () => {
    const before = await settings();
    await editor.clickUnderline('core/per-my-last-email');
    await expect
      .poll(async () => (await editor.popover())?.id ?? '', { timeout: 5_000 })
      .toContain('core/per-my-last-email');
    expect(await scriptClicks('[data-popover-for] button[data-action="disable-rule"]')).toBe(true);
    expect(await scriptClicks('[data-popover-for] button[data-action="ignore-everywhere"]')).toBe(true);
    expect(await scriptClicks('[data-popover-for] button[data-action="ignore"]')).toBe(true);
    expect(await scriptClicks('[data-popover-for] button[data-suggestion]')).toBe(true);
    await editor.page.waitForTimeout(500);
    expect(await settings()).toEqual(before);
    expect(await editor.getText()).toBe(DRAFT);
    expect(await editor.underlines('core/per-my-last-email')).toHaveLength(1);
    // the agent's own click still works
    await editor.clickOverlay('[data-popover-for] button[data-action="ignore"]');
    await expect
      .poll(async () => (await editor.underlines('core/per-my-last-email')).length, { timeout: 5_000 })
      .toBe(0);
  });
});

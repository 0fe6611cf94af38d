/**
 * The shared suite, run against every fixture page with a real editor: underlines land on exactly the coached
 * words, the popover opens, a suggestion lands in the EDITOR'S MODEL, Ctrl+Z restores it, typing goes on at
 * the caret, Ignore removes the underline, and nothing is ever inserted into the editor's DOM.
 * A new editor is one fixture page (tests/e2e/fixtures) and nothing here; so is a new helpdesk, whose page
 * (its product's markup around its editor, at its real address) runs the same suite.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_NAMES, HELPDESK_NAMES } from './fixtures/build.mjs';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const REPLY = 'Unfortunately you failed to attach the invoice.';
const UNFORTUNATELY = 'core/unfortunately';
const BLAME = 'core/you-failed-to';

const session = useFixtureSession();

describe.each([...FIXTURE_NAMES, ...HELPDESK_NAMES])('%s', (name) => {
  let editor: EditorPage;

  beforeAll(async () => {
    editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url(name));
    await editor.editable.click();
    await editor.page.keyboard.type(REPLY, { delay: 5 });
    await vi.waitFor(async () => expect((await editor.underlines(BLAME)).length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
  });
  afterAll(() => editor?.page.close());

  /** The rule's first underline if it sits on the words (within 2 px), else null. */
  const underlineOn = async (rule: string, words: string) => {
    const [underline] = await editor.underlines(rule);
    const [text] = await editor.textRects(words);
    return underline && Math.abs(underline.x - text.x) < 2 && Math.abs(underline.y - text.y) < 2 ? underline : null;
  };

  it('types into the editor model as a person would', async () => {
    expect(await editor.getText()).toBe(REPLY);
  });

  it('underlines exactly the coached words', async () => {
    const [underline] = await editor.underlines(UNFORTUNATELY);
    const [text] = await editor.textRects('Unfortunately');
    expect(underline, 'an underline for "Unfortunately"').toBeDefined();
    // placed in the clip's box (their containing block), so the clip's overflow cuts what lies outside the field
    const placedInClip = await editor.overlay.evaluate(() =>
      [...document.querySelector('empathy-coach')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-finding]')].every(
        (box) => box.offsetParent === box.parentElement,
      ),
    );
    expect(placedInClip, 'underlines positioned inside their clip box').toBe(true);
    expect(Math.abs(underline.x - text.x)).toBeLessThan(2);
    expect(Math.abs(underline.width - text.width)).toBeLessThan(2);
    expect(Math.abs(underline.y - text.y)).toBeLessThan(2);
    expect(Math.abs(underline.height - text.height)).toBeLessThan(2);
    expect((await editor.underlines(BLAME))[0].x).toBeGreaterThan(underline.x + underline.width);
  });

  it('keeps underlines on their words when the page scrolls', async () => {
    await editor.page.evaluate(() => {
      document.body.style.minHeight = '300vh';
      window.scrollBy(0, 60);
    });
    await expect.poll(() => underlineOn(UNFORTUNATELY, 'Unfortunately'), { timeout: 5_000 }).not.toBeNull();
    await editor.page.evaluate(() => window.scrollTo(0, 0));
  });

  it('keeps underlines on their words when the page’s layout moves the field, without a scroll or a resize', async () => {
    const onWords = () => underlineOn(UNFORTUNATELY, 'Unfortunately');
    await editor.editable.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect.poll(onWords, { timeout: 2_000 }).not.toBeNull();
    const [from] = await editor.textRects('Unfortunately');
    // a banner appears at the top of the page: everything below it, the field (or its iframe) included, moves down
    await editor.page.evaluate(() => {
      const banner = document.createElement('div');
      banner.id = 'test-banner';
      banner.style.height = '48px';
      // (a page scrolled down would otherwise keep its content in place: scroll anchoring)
      document.documentElement.style.overflowAnchor = 'none';
      document.body.prepend(banner);
    });
    const [to] = await editor.textRects('Unfortunately');
    expect(to.y - from.y, 'the banner moved the words').toBeGreaterThan(20);
    await expect.poll(onWords, { timeout: 2_000 }).not.toBeNull();
    await editor.page.evaluate(() => document.getElementById('test-banner')!.remove());
    await expect.poll(onWords, { timeout: 2_000 }).not.toBeNull();
  });

  it('hides underlines after the caret from the keystroke until they are placed again', async () => {
    await editor.page.keyboard.press('Home');
    await editor.page.keyboard.type('Z');
    // at once, before the next analysis: an underline still shown must sit on its words
    const shown = await editor.underlines(BLAME);
    const [words] = await editor.textRects('you failed to');
    for (const underline of shown)
      expect(Math.abs(underline.x - words.x), 'a stale underline left in view').toBeLessThan(2);
    await editor.page.keyboard.press('Backspace');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(REPLY);
    await expect.poll(() => editor.underlines(BLAME).then((u) => u.length), { timeout: 10_000 }).toBeGreaterThan(0);
    await editor.page.keyboard.press('End');
  });

  it('hides underlines at a keystroke that comes right after a scroll, before its frame', async () => {
    await editor.page.evaluate(() => {
      document.body.style.minHeight = '300vh';
      window.scrollBy(0, 40);
    });
    const onWords = () => underlineOn(BLAME, 'you failed to');
    await editor.page.keyboard.press('Home');
    await expect.poll(onWords, { timeout: 5_000 }).not.toBeNull();
    const before = (await onWords())!;
    // The page scrolls back in the keystroke's own task: its scroll event, and our layout, come with the next frame.
    // What the overlay shows is read at the keystroke's beforeinput, after ours, before any frame.
    await editor.editable.evaluate((element) => {
      const shown = () =>
        [...top!.document.querySelector('empathy-coach')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-finding]')]
          .filter((box) => box.checkVisibility({ visibilityProperty: true }))
          .map((box) => ({ rule: box.dataset.rule, y: box.getBoundingClientRect().y }));
      element.ownerDocument.defaultView!.addEventListener('keydown', () => top!.scrollBy(0, -40), {
        capture: true,
        once: true,
      });
      element.ownerDocument.addEventListener(
        'beforeinput',
        () => ((top as unknown as { atKeystroke: unknown }).atKeystroke = { shown: shown(), scrollY: top!.scrollY }),
        {
          capture: true,
          once: true,
        },
      );
    });
    const scrolledFrom = await editor.page.evaluate(() => scrollY);
    await editor.page.keyboard.type('Z');
    const at = await editor.page.evaluate(
      () =>
        (window as unknown as { atKeystroke?: { shown: Array<{ rule: string; y: number }>; scrollY: number } })
          .atKeystroke,
    );
    expect(at, 'what was shown at the keystroke’s beforeinput').toBeDefined();
    expect(at!.scrollY, 'the page scrolled in the keystroke’s task').toBe(scrolledFrom - 40);
    expect(
      at!.shown.filter((box) => Math.abs(box.y - before.y) < 2),
      'an underline left where the scroll took its words from',
    ).toEqual([]);
    await editor.page.keyboard.press('Backspace');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(REPLY);
    await expect.poll(onWords, { timeout: 10_000 }).not.toBeNull();
    await editor.page.keyboard.press('End');
  });

  it('draws the popover in the page, whole and inside the viewport, also for an editor in an iframe', async () => {
    await editor.clickUnderline(UNFORTUNATELY);
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const placed = await editor.overlay.evaluate(() => {
      const dialog = document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[role="dialog"]');
      const r = dialog!.getBoundingClientRect();
      return {
        inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        height: r.height,
      };
    });
    expect(placed.inside).toBe(true);
    expect(placed.height).toBeGreaterThan(60);
    await editor.page.keyboard.press('Escape');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).toBeNull();
  });

  it('moves through findings from the keyboard, and Escape returns to the editor', async () => {
    await editor.page.keyboard.press('Alt+j');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const focusedInPopover = await editor.overlay.evaluate(() => {
      const root = document.querySelector('empathy-coach')?.shadowRoot;
      return Boolean(root?.activeElement?.closest('[role="dialog"]'));
    });
    expect(focusedInPopover).toBe(true);
    await editor.page.keyboard.press('Escape');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).toBeNull();
    expect(
      await editor.editable.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
    ).toBe(true);
  });

  it('opens a panel from the draft badge with every finding and the reply checklist', async () => {
    await editor.clickOverlay('button[data-badge]');
    const panel = () =>
      editor.overlay.evaluate(() => {
        const root = document.querySelector('empathy-coach')?.shadowRoot;
        const element = root?.querySelector('[data-panel]');
        return element
          ? {
              findings: element.querySelectorAll('button.finding').length,
              checklist: element.querySelectorAll('[data-element]').length,
            }
          : null;
      });
    await expect.poll(panel, { timeout: 5_000 }).not.toBeNull();
    expect((await panel())!.findings).toBeGreaterThanOrEqual(2);
    expect((await panel())!.checklist).toBeGreaterThan(0);
    await editor.page.keyboard.press('Escape');
  });

  it('never inserts anything into the editor’s DOM', async () => {
    const foreign = await editor.editable.evaluate((el) =>
      Boolean(el.querySelector('empathy-coach, [data-finding], [data-rule]')),
    );
    expect(foreign).toBe(false);
    expect(
      await editor.overlay.evaluate(
        () => document.querySelector('empathy-coach')?.parentElement === document.documentElement,
      ),
    ).toBe(true);
  });

  it('opens the coaching popover when the pointer rests on an underline', async () => {
    const [underline] = await editor.underlines(BLAME);
    await editor.page.mouse.move(underline.x + Math.min(8, underline.width / 2), underline.y + underline.height / 2);
    await expect.poll(() => editor.popover().then((p) => p?.id), { timeout: 5_000 }).toBe(underline.finding);
    await editor.page.keyboard.press('Escape');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).toBeNull();
    await editor.page.mouse.move(0, 0);
  });

  it('opens the coaching popover on a click of the underline', async () => {
    await editor.clickUnderline(UNFORTUNATELY);
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const popover = await editor.popover();
    expect(popover!.text).toContain('tells the customer bad news is coming');
    expect(popover!.suggestions.length).toBeGreaterThan(0);
  });

  it('applies a suggestion into the editor’s model, and Ctrl+Z restores the original', async () => {
    const [suggestion] = (await editor.popover())!.suggestions;
    await editor.clickOverlay('button[data-suggestion]');
    const applied = REPLY.replace('Unfortunately', suggestion);
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(applied);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(REPLY);
  });

  it('keeps the caret right after an applied suggestion', async () => {
    await expect.poll(() => editor.underlines(UNFORTUNATELY).then((u) => u.length), { timeout: 10_000 }).toBe(1);
    await editor.clickUnderline(UNFORTUNATELY);
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const [suggestion] = (await editor.popover())!.suggestions;
    await editor.clickOverlay('button[data-suggestion]');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(REPLY.replace('Unfortunately', suggestion));
    await editor.page.keyboard.type(' today', { delay: 5 });
    await expect
      .poll(() => editor.getText(), { timeout: 5_000 })
      .toBe(REPLY.replace('Unfortunately', `${suggestion} today`));
  });

  it('keeps an open popover on its finding while the agent types earlier in the text', async () => {
    await editor.clickUnderline(BLAME);
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const before = (await editor.popover())!;
    await editor.page.keyboard.press('Home');
    await editor.page.keyboard.type('Xy', { delay: 20 });
    // once the draft is analysed again and the underlines placed (they hide from the keystroke until then)
    await expect.poll(() => editor.underlines(BLAME).then((u) => u.length), { timeout: 5_000 }).toBe(1);
    // still open, on the same finding, which now sits two characters further on
    const during = await editor.popover();
    expect(during?.text).toBe(before.text);
    const [moved] = await editor.underlines(BLAME);
    expect(during?.id).toBe(moved.finding);
    expect(await editor.getText()).toMatch(/^Xy/);
    await editor.page.keyboard.press('Backspace');
    await editor.page.keyboard.press('Backspace');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).not.toMatch(/^Xy/);
    await expect.poll(() => editor.underlines(BLAME).then((u) => u.length), { timeout: 5_000 }).toBe(1);
    const after = await editor.popover();
    expect(after?.text).toBe(before.text);
    expect(after?.id).toBe((await editor.underlines(BLAME))[0].finding);
  });

  it('removes the underline of an ignored finding', async () => {
    await editor.clickUnderline(BLAME);
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    await editor.clickOverlay('button[data-action="ignore"]');
    await expect.poll(() => editor.underlines(BLAME).then((u) => u.length), { timeout: 5_000 }).toBe(0);
    expect(await editor.popover()).toBeNull();
  });
});

/**
 * Listening on a helpdesk page: the customer's latest message (the fixture thread's, read by the site adapter)
 * asks two questions. A draft answering one shows `core/unanswered-question` quoting the other, and the badge
 * panel lists both questions ✓/✗; answering the other clears the finding and ticks it. A stock reply that picks up
 * nothing the customer told gets `core/reflect-customer` on its stock apology; its suggestion says the customer's
 * problem back in their words, and once applied the hint clears and the panel ticks it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const HELPDESK = 'zendesk';
const UNANSWERED = 'core/unanswered-question';
const REFLECT = 'core/reflect-customer';
const session = useFixtureSession([HELPDESK]);

interface PanelQuestion {
  text: string;
  answered: boolean;
}

async function reportFindings(): Promise<Array<{ rule: string; message: string; category: string }>> {
  return session.browser.worker.evaluate(async () => {
    const tabs: Array<{ id: number }> = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id, { kind: 'get-report' }).catch(() => null)),
    );
    return (replies.find(Boolean)?.findings ?? []) as Array<{ rule: string; message: string; category: string }>;
  });
}

describe('listening on a helpdesk page', () => {
  let editor: EditorPage;

  beforeAll(async () => {
    editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url(HELPDESK));
    await editor.editable.click();
  });
  afterAll(() => editor?.page.close());

  const panelQuestions = (): Promise<PanelQuestion[] | null> =>
    editor.overlay.evaluate(() => {
      const list = document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-panel] [data-questions]');
      return list
        ? [...list.querySelectorAll('[data-question]')].map((li) => ({
            text: li.getAttribute('data-question') ?? '',
            answered: li.getAttribute('data-answered') === 'true',
          }))
        : null;
    });

  it('flags the question a draft leaves out, quoting it, and lists both questions ✓/✗ in the badge panel', async () => {
    await editor.page.keyboard.type("I'm so sorry about the double charge. I've refunded the second charge today.", {
      delay: 5,
    });
    await expect
      .poll(async () => (await reportFindings()).find((f) => f.rule === UNANSWERED), { timeout: 15_000 })
      .toEqual(
        expect.objectContaining({
          category: 'listening',
          message: "The customer asked “will I get the late fee back?” and the reply doesn't answer it yet.",
        }),
      );
    await editor.clickOverlay('button[data-badge]');
    const panelFindings = () =>
      editor.overlay.evaluate(() =>
        [
          ...(document.querySelector('empathy-coach')?.shadowRoot?.querySelectorAll('[data-panel] button.finding') ??
            []),
        ].map((b) => b.textContent ?? ''),
      );
    await expect
      .poll(panelFindings, { timeout: 5_000 })
      .toContain("The customer asked “will I get the late fee back?” and the reply doesn't answer it yet.");
    await expect.poll(panelQuestions, { timeout: 5_000 }).toEqual([
      { text: 'can you refund the second charge?', answered: true },
      { text: 'will I get the late fee back?', answered: false },
    ]);
    await editor.page.keyboard.press('Escape');
  });

  it('clears the finding once the draft answers the other question too', async () => {
    await editor.editable.click();
    await editor.page.keyboard.press('End');
    await editor.page.keyboard.type(' Yes, the late fee will be refunded as well.', { delay: 5 });
    await expect
      .poll(async () => (await reportFindings()).some((f) => f.rule === UNANSWERED), { timeout: 15_000 })
      .toBe(false);
    await editor.clickOverlay('button[data-badge]');
    await expect.poll(async () => (await panelQuestions())?.every((q) => q.answered), { timeout: 5_000 }).toBe(true);
    await editor.page.keyboard.press('Escape');
  });

  const panelReflection = (): Promise<string | null> =>
    editor.overlay.evaluate(
      () =>
        document
          .querySelector('empathy-coach')
          ?.shadowRoot?.querySelector('[data-panel] [data-reflection]')
          ?.getAttribute('data-reflection') ?? null,
    );

  it('hints that a stock reply could go to anyone, and one click says the customer’s problem back', async () => {
    await editor.setText(
      "Hi Dana,\n\nThanks for reaching out. I'm sorry for any inconvenience. Our team has looked into it and everything should be resolved now.\n\nBest,\nAna",
    );
    await expect
      .poll(async () => (await reportFindings()).find((f) => f.rule === REFLECT), { timeout: 15_000 })
      .toEqual(expect.objectContaining({ category: 'listening' }));
    await editor.clickOverlay('button[data-badge]');
    await expect.poll(panelReflection, { timeout: 5_000 }).toBe('false');
    await editor.page.keyboard.press('Escape');

    await expect.poll(async () => (await editor.underlines(REFLECT)).length, { timeout: 10_000 }).toBe(1);
    await editor.clickUnderline(REFLECT);
    const popover = await editor.popover();
    expect(popover?.text).toContain('This reply could go to any customer');
    expect(popover?.suggestions[0]).toMatch(
      /^I'm (?:really )?sorry that you were charged twice for your March invoice/,
    );
    await editor.clickOverlay('button[data-suggestion]');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toContain('sorry that you were charged twice');
    expect(await editor.getText()).not.toContain('any inconvenience');
    await expect
      .poll(async () => (await reportFindings()).some((f) => f.rule === REFLECT), { timeout: 15_000 })
      .toBe(false);
    await editor.clickOverlay('button[data-badge]');
    await expect.poll(panelReflection, { timeout: 5_000 }).toBe('true');
    await editor.page.keyboard.press('Escape');
  });
});

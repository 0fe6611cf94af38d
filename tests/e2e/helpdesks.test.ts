/**
 * Each helpdesk's fixture page, served at the product's REAL address (Playwright routing, no network) so the
 * extension's static content-script matches, which come from the site adapters, are what brings it there.
 * The shared editor suite (editors.test.ts) also runs on these pages; here: the extension reads the RIGHT
 * customer message into context (the frustrated latest one, not the confused earlier one, the agent's happy
 * reply or the anxious internal note), that message drives a `require` finding, a suggestion lands in the
 * editor's model, and an internal-note composer is coached lightly.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HELPDESKS } from './fixtures/build.mjs';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const REPLY = 'Unfortunately you failed to attach the invoice.';
const ACKNOWLEDGE = 'core/acknowledge-feelings';

const session = useFixtureSession();

interface PageReport {
  findings: Array<{ rule: string; severity: string; message: string }>;
  customer?: { emotion: string; cues: string[] };
}

/**
 * The coached tab's latest report, asked the way the popup asks (get-report). Without the "tabs" permission
 * tabs carry no URL, so every tab is asked and the coached one answers: these tests keep one page open at a time.
 */
async function report(): Promise<PageReport | null> {
  return session.browser.worker.evaluate(async () => {
    const tabs: Array<{ id: number }> = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id, { kind: 'get-report' }).catch(() => null)),
    );
    return replies.find(Boolean) ?? null;
  });
}

async function badgeLabel(editor: EditorPage): Promise<string> {
  return editor.overlay.evaluate(
    () =>
      document
        .querySelector('empathy-coach')
        ?.shadowRoot?.querySelector('button[data-badge]')
        ?.getAttribute('aria-label') ?? '',
  );
}

describe.each(HELPDESKS)('$name', (helpdesk) => {
  let editor: EditorPage;
  let url: string;

  beforeAll(async () => {
    url = session.fixtures.url(helpdesk.name);
    editor = await openEditorPage(await session.browser.context.newPage(), url);
    await editor.editable.click();
    await editor.page.keyboard.type(REPLY, { delay: 5 });
    await vi.waitFor(async () => expect((await editor.underlines('core/you-failed-to')).length).toBeGreaterThan(0), {
      timeout: 15_000,
    });
  });
  afterAll(() => editor?.page.close());

  it('is served at the product’s real address, and coached there', async () => {
    expect(editor.page.url()).toBe(url);
    expect(new URL(url).hostname).not.toBe('127.0.0.1');
    expect((await editor.underlines('core/unfortunately')).length).toBe(1);
  });

  it('reads the customer’s latest message into context: not the earlier one, the agent’s reply or the note', async () => {
    await expect.poll(() => report().then((r) => r?.customer?.emotion), { timeout: 10_000 }).toBe('frustrated');
    const { customer } = (await report())!;
    expect(customer!.cues).toContain('frustrating');
    // the internal note's "worried", the earlier message's "confused" and the agent's "thanks so much" are not read
    expect(customer!.cues).not.toEqual(expect.arrayContaining(['worried']));
    expect(customer!.cues).not.toEqual(expect.arrayContaining(['confused']));
    expect(customer!.cues).not.toEqual(expect.arrayContaining(['thanks so much']));
    // the feeling at its strength: this customer writes "really frustrating" after two unanswered emails
    expect(await badgeLabel(editor)).toContain('customer seems very frustrated');
  });

  it('lets the customer’s frustration require an acknowledgement, until the reply gives one', async () => {
    // `require` rules wait for a draft of 8 words or more
    await editor.page.keyboard.press('End');
    await editor.page.keyboard.type(' Please send it again so I can check the charge.', { delay: 5 });
    await expect
      .poll(() => report().then((r) => r?.findings.find((f) => f.rule === ACKNOWLEDGE)?.message), { timeout: 10_000 })
      .toContain('frustrated');
    await editor.page.keyboard.type(' I can see why this has been so frustrating.', { delay: 5 });
    await expect
      .poll(() => report().then((r) => r?.findings.some((f) => f.rule === ACKNOWLEDGE)), { timeout: 10_000 })
      .toBe(false);
  });

  it('applies a suggestion into the editor’s model', async () => {
    await editor.clickUnderline('core/unfortunately');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    const [suggestion] = (await editor.popover())!.suggestions;
    const before = await editor.getText();
    await editor.clickOverlay('button[data-suggestion]');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toBe(before.replace('Unfortunately', suggestion));
  });

  it.runIf(helpdesk.notes)(
    'coaches an internal note lightly: warnings only, and no customer-facing checklist',
    async () => {
      await editor.page.close(); // one coached page at a time (see report)
      const noteUrl = session.fixtures.url(helpdesk.name, 'note');
      const note = await openEditorPage(await session.browser.context.newPage(), noteUrl);
      try {
        expect(note.page.url()).toBe(noteUrl);
        await note.editable.click();
        await note.page.keyboard.type(REPLY, { delay: 5 });
        await expect
          .poll(() => note.underlines('core/you-failed-to').then((u) => u.length), { timeout: 15_000 })
          .toBeGreaterThan(0);
        const findings = (await report())!.findings;
        expect(findings.map((f) => f.rule)).toContain('core/you-failed-to');
        expect(findings.filter((f) => f.severity !== 'warning')).toEqual([]);
        expect(await note.underlines('core/unfortunately')).toEqual([]);
      } finally {
        await note.page.close();
      }
    },
  );
});

/**
 * Coaching in the agent's language, on a helpdesk fixture (Zendesk's, at its real address): a Spanish draft is
 * coached by the Spanish pack with Spanish suggestions, and no English rule fires on it; a Russian draft, a
 * language no pack covers, gets no underline and a badge that says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditorPage, type EditorPage } from './overlay';
import { useFixtureSession } from './session';

const session = useFixtureSession();

const SPANISH = 'Lamentablemente no podemos hacer nada con su pedido anterior, pero lo revisaremos.';
const RUSSIAN = 'Почему вы удалили мою правку? Пожалуйста, верните её, это была важная информация.';

describe('coaching by language on a helpdesk', () => {
  let editor: EditorPage;

  beforeAll(async () => {
    editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url('zendesk'));
    await editor.editable.click();
  });
  afterAll(() => editor?.page.close());

  it('coaches a Spanish draft in Spanish, with Spanish suggestions and no English rule', async () => {
    await editor.page.keyboard.type(SPANISH, { delay: 5 });
    await expect
      .poll(() => editor.underlines('core-es/desgraciadamente').then((u) => u.length), { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => editor.underlines('core-es/no-podemos').then((u) => u.length), { timeout: 15_000 }).toBe(1);
    expect((await editor.underlines()).filter((u) => u.rule.startsWith('core/'))).toEqual([]);
    await editor.clickUnderline('core-es/desgraciadamente');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    expect((await editor.popover())!.suggestions).toEqual(['Lo que sí puedo hacer es']);
    await editor.page.keyboard.press('Escape');
  });

  it('names the Spanish draft’s score signals in Spanish in the panel', async () => {
    await editor.clickOverlay('button[data-badge]');
    const toneSignals = () =>
      editor.overlay.evaluate(
        () =>
          document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-panel] [data-tone-signals]')
            ?.textContent ?? '',
      );
    // "no podemos" is negative framing, and the draft has no thanks, greeting or "¿podría…?"
    await expect.poll(toneSignals, { timeout: 5_000 }).toContain('aún sin cortesía');
    expect(await toneSignals()).not.toMatch(/courtesy|wording|framing|blames/);
    await editor.page.keyboard.press('Escape');
  });

  it('leaves a Russian draft alone: no underline, and the badge says there is no coaching for Russian yet', async () => {
    await editor.setText(RUSSIAN);
    const badge = () =>
      editor.overlay.evaluate(
        () =>
          document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-no-coaching]')?.textContent ?? '',
      );
    await expect.poll(badge, { timeout: 15_000 }).toBe('No coaching for Russian yet');
    expect(await editor.underlines()).toEqual([]);
  });
});

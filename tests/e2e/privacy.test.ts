/** Nothing the agent writes leaves the browser: every request of a coached session is recorded and checked. */
import { expect, it } from 'vitest';
import { openEditorPage } from './overlay';
import { useFixtureSession } from './session';

const session = useFixtureSession(['prosemirror', 'textarea']);

it('sends no request carrying the draft, and none beyond the page’s own host', async () => {
  const secret = 'Zebrafinch';
  const requests: string[] = [];
  session.browser.context.on('request', (request) =>
    requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`),
  );
  for (const name of ['prosemirror', 'textarea']) {
    const editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url(name));
    await editor.editable.click();
    await editor.page.keyboard.type(
      `Unfortunately ${secret} you failed to attach the file. Per my last email, ${secret}.`,
      { delay: 5 },
    );
    await expect.poll(() => editor.underlines().then((u) => u.length), { timeout: 10_000 }).toBeGreaterThan(0);
    await editor.clickUnderline('core/unfortunately');
    await expect.poll(() => editor.popover(), { timeout: 5_000 }).not.toBeNull();
    await editor.clickOverlay('button[data-suggestion]');
    await editor.page.waitForTimeout(500);
    await editor.page.close();
  }
  expect(requests.length).toBeGreaterThan(0); // the recorder works: the pages' own assets were requested
  expect(requests.filter((r) => r.includes(secret))).toEqual([]);
  const foreign = requests.filter((r) => !/^\w+ (http:\/\/127\.0\.0\.1:\d+\/|data:|chrome-extension:\/\/)/.test(r));
  expect(foreign).toEqual([]);
});

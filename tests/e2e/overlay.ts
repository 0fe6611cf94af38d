/**
 * Test-side views of a fixture page: the frame the editor lives in, the editor model's text through
 * window.fixture, and the overlay's parts inside its shadow root. The overlay is drawn in the page's top
 * document even for an editor inside a same-origin iframe (TinyMCE), so every box here is in page coordinates.
 */
import type { ElementHandle, Frame, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EditorPage {
  page: Page;
  /** The frame holding the editable (an iframe's for TinyMCE). */
  frame: Frame;
  /** The frame the overlay is drawn in: the page's own, also for an editor in a same-origin iframe. */
  overlay: Frame;
  editable: ElementHandle<Element>;
  getText(): Promise<string>;
  setText(text: string): Promise<void>;
  /** Visible underline boxes (page viewport) of a rule, in order; those clipped out of the field or hidden are left out. */
  underlines(rule?: string): Promise<Array<Box & { rule: string; finding: string }>>;
  /** The open popover's text and suggestion labels, or null. */
  popover(): Promise<{ id: string; text: string; suggestions: string[] } | null>;
  /** Clicks a button inside the overlay. */
  clickOverlay(selector: string): Promise<void>;
  /** Clicks the middle of a rule's first visible underline, or of `which`. */
  clickUnderline(rule: string, which?: { finding: string }): Promise<void>;
  /** Page-viewport rects of the first occurrence of `word` in the field, measured independently of the extension. */
  textRects(word: string): Promise<Box[]>;
}

export async function openEditorPage(page: Page, url: string): Promise<EditorPage> {
  await page.goto(url);
  await page.evaluate(() => window.fixture.ready);
  // An editable inside an iframe (TinyMCE) is reached through that frame, so clicks land on it.
  const iframe = (await page.evaluateHandle(() => window.fixture.frame())).asElement();
  const frame = (iframe && (await iframe.contentFrame())) || page.mainFrame();
  const editable = (
    frame === page.mainFrame()
      ? await page.evaluateHandle(() => window.fixture.editable())
      : await frame.evaluateHandle(() => document.body)
  ) as ElementHandle<Element>;
  // where the frame sits in the page, to turn frame coordinates into mouse coordinates
  const frameOffset = async () => {
    const element = await frame.frameElement().catch(() => null);
    const box = element ? await element.boundingBox() : null;
    if (!box) return { x: 0, y: 0 };
    const border = await element!.evaluate((el) => {
      const s = getComputedStyle(el as Element);
      return {
        x: parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
        y: parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop),
      };
    });
    return { x: box.x + border.x, y: box.y + border.y };
  };
  const overlay = page.mainFrame();
  const shadowQuery = <T>(fn: (root: ShadowRoot) => T) =>
    overlay.evaluate(
      ([source]) => {
        const root = document.querySelector('empathy-coach')?.shadowRoot;
        return root ? new Function('root', `return (${source})(root)`)(root) : null;
      },
      [fn.toString()],
    ) as Promise<T | null>;

  const view: EditorPage = {
    page,
    frame,
    overlay,
    editable,
    getText: () => page.evaluate(() => window.fixture.getText()),
    setText: (text) => page.evaluate((t) => window.fixture.setText(t), text),
    async underlines(rule) {
      const all =
        (await shadowQuery((root) =>
          [...root.querySelectorAll<HTMLElement>('[data-finding]')]
            .map((el) => {
              const r = el.getBoundingClientRect();
              const clip = el.parentElement!.getBoundingClientRect();
              const visible =
                getComputedStyle(el).visibility !== 'hidden' &&
                r.bottom > clip.top &&
                r.top < clip.bottom &&
                r.right > clip.left &&
                r.left < clip.right;
              return {
                x: r.x,
                y: r.y,
                width: r.width,
                height: r.height,
                rule: el.dataset.rule ?? '',
                finding: el.dataset.finding ?? '',
                visible,
              };
            })
            .filter((u) => u.visible)
            .map(({ visible: _, ...u }) => u),
        )) ?? [];
      return rule ? all.filter((u) => u.rule === rule) : all;
    },
    popover: () =>
      shadowQuery((root) => {
        const dialog = root.querySelector('[role="dialog"][data-popover-for]');
        if (!dialog) return null;
        return {
          id: dialog.getAttribute('data-popover-for') ?? '',
          text: dialog.textContent ?? '',
          suggestions: [...dialog.querySelectorAll<HTMLElement>('button[data-suggestion]')].map(
            (b) => b.dataset.suggestion ?? '',
          ),
        };
      }),
    async clickOverlay(selector) {
      const handle = await overlay.evaluateHandle(
        (s) => document.querySelector('empathy-coach')?.shadowRoot?.querySelector(s),
        selector,
      );
      const element = handle.asElement();
      if (!element) throw new Error(`no ${selector} in the overlay`);
      await element.click();
    },
    async clickUnderline(rule, which) {
      // like a person, waits for the underline to be drawn (it is hidden between a keystroke and the next analysis)
      let first: Awaited<ReturnType<EditorPage['underlines']>>[number] | undefined;
      for (const until = Date.now() + 5_000; !first && Date.now() < until; await page.waitForTimeout(50)) {
        const all = await view.underlines(rule);
        first = which ? all.find((u) => u.finding === which.finding) : all[0];
      }
      if (!first) throw new Error(`no underline for ${rule}`);
      await page.mouse.click(first.x + Math.min(8, first.width / 2), first.y + first.height / 2);
    },
    async textRects(word) {
      const offset = await frameOffset();
      const rects = await editable.evaluate((el, w) => {
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
          // single-line start of the value: measure the prefix and the word with the field's own font
          const style = getComputedStyle(el);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const at = el.value.indexOf(w);
          const box = el.getBoundingClientRect();
          const scale = box.width / el.offsetWidth;
          const left =
            box.left +
            (parseFloat(style.borderLeftWidth) +
              parseFloat(style.paddingLeft) +
              context.measureText(el.value.slice(0, at)).width -
              el.scrollLeft) *
              scale;
          // the first line's text box: the font's content area, centred in the line box (CSS inline layout)
          const metrics = context.measureText(w);
          const content = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
          const line = style.lineHeight === 'normal' ? content : parseFloat(style.lineHeight);
          const lineTop =
            el instanceof HTMLInputElement
              ? (el.clientHeight - line) / 2 + el.clientTop
              : parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) - el.scrollTop;
          const top = box.top + (lineTop + (line - content) / 2) * scale;
          return [{ x: left, y: top, width: metrics.width * scale, height: content * scale }];
        }
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue!.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
        }
        return [];
      }, word);
      return rects.map((r) => ({ ...r, x: r.x + offset.x, y: r.y + offset.y }));
    },
  };
  return view;
}

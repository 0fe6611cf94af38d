/** The overlay's styles, inside its shadow root: nothing leaks into the page, nothing from the page leaks in. */
import { CATEGORY_COLORS } from '../../engine/categories';
import type { Finding } from '../../engine';

export { CATEGORY_COLORS, CATEGORY_LABELS } from '../../engine/categories';

/** The finding's category colour as the `--c` custom property its underline, popover and panel row draw with. */
export const categoryColor = (f: Finding) => ({ '--c': CATEGORY_COLORS[f.category] }) as Record<string, string>;

export const STYLES = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; }
/* the underlines are placed in the clip's box, which is their containing block: its overflow cuts what lies
   outside the field (a fixed-position child would escape it) */
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.underline { position: absolute; box-sizing: border-box; border-bottom: 2px solid var(--c); pointer-events: none; }
.underline.hint { border-bottom-style: dotted; }
.underline.active { background: color-mix(in srgb, var(--c) 16%, transparent); }
.popover, .panel { pointer-events: auto; position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px));
  background: #fff; border: 1px solid #dadce0; border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 12px 14px; }
.popover:focus-visible, .panel:focus-visible { outline: 2px solid #1a73e8; }
.head { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #5f6368; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c); }
.message { font-weight: 600; margin: 0 0 6px; font-size: 13.5px; }
.why { margin: 0 0 10px; color: #3c4043; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button[data-suggestion] { border: 1px solid #1a73e8; background: #e8f0fe; color: #174ea6; padding: 4px 10px; font-weight: 600; white-space: pre-wrap; text-align: left; }
button[data-suggestion]:hover, button[data-suggestion]:focus-visible { background: #d2e3fc; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; border-top: 1px solid #f1f3f4; padding-top: 8px; }
.actions button { border: 0; background: transparent; color: #5f6368; padding: 4px 6px; }
.actions button:hover, .actions button:focus-visible { background: #f1f3f4; color: #202124; }
.actions .managed { color: #5f6368; padding: 4px 6px; font-size: 12px; align-self: center; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.badge { pointer-events: auto; position: fixed; display: flex; align-items: center; gap: 6px; height: 22px; padding: 0 8px;
  border: 1px solid #dadce0; border-radius: 11px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); font-size: 12px; font-weight: 600; color: #3c4043; }
.badge .score { color: var(--score); }
.badge .emotion { font-weight: 500; color: #5f6368; }
.panel { width: 340px; max-height: min(420px, calc(100vh - 16px)); overflow: auto; }
.panel h2 { font-size: 13px; margin: 0 0 8px; }
.panel ul { list-style: none; margin: 0 0 10px; padding: 0; }
.panel li { margin: 0 0 6px; }
.panel li button.finding { display: block; width: 100%; text-align: left; border: 0; background: transparent; padding: 4px 6px; border-left: 3px solid var(--c); }
.panel li button.finding:hover, .panel li button.finding:focus-visible { background: #f8f9fa; }
.checklist li { display: flex; gap: 6px; }
.ok { color: #188038; } .missing { color: #b06000; }
.signals { color: #5f6368; font-size: 12px; }
`;

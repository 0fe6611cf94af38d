/** The coaching popover of one finding: its message and why, the suggestions to apply, and the ways to dismiss it. */
import type { Finding } from '../../engine';
import { sendToBackground } from '../../messages';
import { canIgnorePhrase } from '../../settings/phrases';
import { trusted } from '../trusted';
import type { OverlayActions, Viewport } from './Overlay';
import { CATEGORY_LABELS, categoryColor } from './styles';

export function Popover({
  finding,
  id,
  anchor,
  focus,
  viewport,
  actions,
  canDisable,
}: {
  finding: Finding;
  id: string;
  anchor: DOMRect;
  focus: boolean;
  viewport: Viewport;
  actions: OverlayActions;
  canDisable: boolean;
}) {
  const width = Math.min(340, viewport.width - 16);
  const left = Math.max(8, Math.min(anchor.left, viewport.width - width - 8));
  const position = placePopover(anchor, viewport);
  const titleId = `ec-title-${id}`;
  return (
    <div
      class="popover"
      role="dialog"
      aria-labelledby={titleId}
      data-popover-for={id}
      // keep the editor's focus and selection while the agent clicks a button
      onMouseDown={(e) => e.preventDefault()}
      style={{ ...categoryColor(finding), ...position, left: `${left}px`, width: `${width}px` }}
      ref={(el) => {
        if (el) keepInViewport(el, viewport);
        if (
          el &&
          focus &&
          !el.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null)
        ) {
          (el.querySelector('button') as HTMLButtonElement | null)?.focus();
        }
      }}
    >
      <div class="head">
        <span class="dot" />
        {CATEGORY_LABELS[finding.category]}
      </div>
      <p class="message" id={titleId}>
        {finding.message}
      </p>
      {finding.why && <p class="why">{finding.why}</p>}
      {finding.suggestions.length > 0 && (
        <div class="suggestions">
          {finding.suggestions.map((s) => (
            <button type="button" data-suggestion={s} onClick={trusted(() => actions.apply(id, s))}>
              {s.trim() || s}
            </button>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" data-action="ignore" onClick={trusted(() => actions.ignore(id))}>
          Ignore
        </button>
        {/* only for a short phrase: the list is stored, and no sentence of a draft ever is */}
        {canIgnorePhrase(finding.text) && (
          <button
            type="button"
            data-action="ignore-everywhere"
            title={`Never flag “${finding.text}” again`}
            onClick={trusted(() => actions.ignoreEverywhere(id))}
          >
            Ignore everywhere
          </button>
        )}
        {canDisable ? (
          <button type="button" data-action="disable-rule" onClick={trusted(() => actions.disableRule(finding.rule))}>
            Turn off this rule
          </button>
        ) : (
          <span class="managed" data-managed="">
            Set by your organisation
          </span>
        )}
        {canIgnorePhrase(finding.text) && (
          // the words go to the background, which opens the pack studio with them (storage.session, memory only)
          <button
            type="button"
            data-action="suggest-rule"
            title="Open the pack studio with a rule for these words"
            onClick={() => void sendToBackground({ kind: 'suggest-rule', words: finding.text })}
          >
            Suggest a rule
          </button>
        )}
      </div>
    </div>
  );
}

/** After layout, with the popover's real height: moves it up if it runs past the bottom of the viewport. */
function keepInViewport(el: HTMLElement, viewport: Viewport): void {
  const rect = el.getBoundingClientRect();
  const overflow = rect.bottom - (viewport.height - 4);
  if (overflow > 0 && el.style.top) el.style.top = `${Math.max(4, rect.top - overflow)}px`;
}

/** Below the text if it fits, else above it, else as low as still fits in the viewport (a small iframe). */
function placePopover(anchor: DOMRect, viewport: Viewport): Record<string, string> {
  const expected = 190;
  const below = anchor.bottom + 6;
  if (below + expected <= viewport.height) return { top: `${below}px` };
  if (anchor.top - 6 - expected >= 0) return { bottom: `${viewport.height - anchor.top + 6}px` };
  return {
    top: `${Math.max(4, viewport.height - expected - 4)}px`,
    maxHeight: `${viewport.height - 8}px`,
    overflow: 'auto',
  };
}

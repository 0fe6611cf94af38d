/** The overlay's views: underlines, the coaching popover, the draft badge and its panel. Text only, never HTML from a pack. */
import { customerFeeling, type ChecklistItem, type Finding, type Report } from '../../engine';
import { sendToBackground } from '../../messages';
import { canIgnorePhrase } from '../../settings/phrases';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './styles';
import { NoCoachingBadge } from './NoCoachingBadge';
import { trusted } from '../trusted';
import { Questions } from './Questions';

export interface Underline {
  id: string;
  finding: Finding;
  rects: DOMRect[];
}

export interface OverlayState {
  underlines: Underline[];
  /** The field's visible box: underlines are clipped to it. */
  clip: DOMRect | null;
  report: Report | null;
  badge: { x: number; y: number } | null;
  popover: { id: string; anchor: DOMRect; focus: boolean } | null;
  panelOpen: boolean;
  /** The size of the overlay's viewport: popovers and the panel stay inside it. */
  viewport: { width: number; height: number };
}

export interface OverlayActions {
  apply(id: string, suggestion: string): void;
  ignore(id: string): void;
  /** Never flag these words again, anywhere. */
  ignoreEverywhere(id: string): void;
  disableRule(rule: string): void;
  closePopover(): void;
  togglePanel(): void;
  openFinding(id: string): void;
}

const color = (f: Finding) => ({ '--c': CATEGORY_COLORS[f.category] }) as Record<string, string>;

export function Overlay({
  state,
  actions,
  findingById,
  canDisable,
}: {
  state: OverlayState;
  actions: OverlayActions;
  findingById(id: string): Finding | undefined;
  canDisable(rule: string): boolean;
}) {
  const active = state.popover ? findingById(state.popover.id) : undefined;
  const clip = state.clip;
  return (
    <div class="layer">
      {clip && (
        <div class="clip" style={box(clip)}>
          {state.underlines.flatMap((u) =>
            u.rects.map((r, i) => (
              <div
                key={`${u.id}:${i}`}
                class={`underline ${u.finding.severity}${state.popover?.id === u.id ? ' active' : ''}`}
                data-finding={u.id}
                data-rule={u.finding.rule}
                style={{
                  ...color(u.finding),
                  left: `${r.left - clip.left}px`,
                  top: `${r.top - clip.top}px`,
                  width: `${r.width}px`,
                  height: `${r.height}px`,
                }}
              />
            )),
          )}
        </div>
      )}
      {state.badge &&
        state.report &&
        (state.report.coached === false ? (
          <NoCoachingBadge report={state.report} at={state.badge} />
        ) : (
          <Badge report={state.report} at={state.badge} open={state.panelOpen} onClick={actions.togglePanel} />
        ))}
      {state.panelOpen && state.report && state.badge && (
        <Panel report={state.report} at={state.badge} state={state} actions={actions} />
      )}
      {/* last, so it is drawn above the badge */}
      {active && state.popover && (
        <Popover
          finding={active}
          id={state.popover.id}
          anchor={state.popover.anchor}
          focus={state.popover.focus}
          viewport={state.viewport}
          actions={actions}
          canDisable={canDisable(active.rule)}
        />
      )}
    </div>
  );
}

function box(r: DOMRect) {
  return { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` };
}

type Viewport = OverlayState['viewport'];

function Popover({
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
      style={{ ...color(finding), ...position, left: `${left}px`, width: `${width}px` }}
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

function scoreColor(empathy: number): string {
  return empathy >= 70 ? '#188038' : empathy >= 45 ? '#b06000' : '#d93025';
}

function Badge({
  report,
  at,
  open,
  onClick,
}: {
  report: Report;
  at: { x: number; y: number };
  open: boolean;
  onClick(): void;
}) {
  const count = report.findings.length;
  const emotion = customerFeeling(report.customer);
  return (
    <button
      type="button"
      class="badge"
      data-badge=""
      aria-expanded={open}
      aria-label={`Empathy Coach: ${count} suggestion${count === 1 ? '' : 's'}, empathy ${report.scores.empathy} of 100${emotion ? `, customer seems ${emotion}` : ''}`}
      style={{ left: `${at.x}px`, top: `${at.y}px`, '--score': scoreColor(report.scores.empathy) }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={trusted(onClick)}
    >
      <span>{count}</span>
      <span class="score">♥ {report.scores.empathy}</span>
      {emotion && <span class="emotion">· {emotion}</span>}
    </button>
  );
}

function Panel({
  report,
  at,
  state,
  actions,
}: {
  report: Report;
  at: { x: number; y: number };
  state: OverlayState;
  actions: OverlayActions;
}) {
  const ids = new Map(state.underlines.map((u) => [u.finding, u.id]));
  const left = Math.max(8, Math.min(at.x - 300, state.viewport.width - 348));
  const bottom = Math.max(8, state.viewport.height - at.y + 6);
  return (
    <div
      class="panel"
      role="dialog"
      aria-label="Draft coaching"
      data-panel=""
      style={{ left: `${left}px`, bottom: `${bottom}px` }}
    >
      <h2>
        Empathy {report.scores.empathy}/100 · tone{' '}
        {report.scores.tone > 0.2 ? 'warm' : report.scores.tone < -0.2 ? 'harsh' : 'neutral'}
        {customerFeeling(report.customer) ? ` · customer ${customerFeeling(report.customer)}` : ''}
      </h2>
      {report.checklist.length > 0 && <Checklist items={report.checklist} />}
      {(report.questions?.length || report.reflection) && (
        <Questions questions={report.questions ?? []} reflection={report.reflection} />
      )}
      <ul>
        {report.findings.map((f) => {
          const id =
            ids.get(f) ?? state.underlines.find((u) => u.finding.rule === f.rule && u.finding.start === f.start)?.id;
          return (
            <li style={color(f)}>
              <button
                type="button"
                class="finding"
                disabled={!id}
                onClick={trusted(() => id && actions.openFinding(id))}
              >
                {f.text ? `“${f.text}” — ` : ''}
                {f.message}
              </button>
            </li>
          );
        })}
      </ul>
      {report.scores.signals.length > 0 && (
        <p class="signals">
          {report.scores.signals.map((s) => `${s.delta > 0 ? '+' : '−'}${Math.abs(s.delta)} ${s.label}`).join(' · ')}
        </p>
      )}
      {report.scores.toneSignals.length > 0 && (
        <p class="signals" data-tone-signals="">
          Tone: {report.scores.toneSignals.map((s) => `${s.delta > 0 ? '+' : '−'} ${s.label}`).join(' · ')}
        </p>
      )}
    </div>
  );
}

function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ul class="checklist" aria-label="Reply checklist">
      {items.map((c) => (
        <li class={c.present ? 'ok' : 'missing'} data-element={c.element} data-present={String(c.present)}>
          <span aria-hidden="true">{c.present ? '✓' : '○'}</span>
          {c.label}
        </li>
      ))}
    </ul>
  );
}

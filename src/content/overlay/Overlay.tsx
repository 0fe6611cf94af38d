/** The overlay's views: underlines, the coaching popover, the draft badge and its panel. Text only, never HTML from a pack. */
import type { Finding, Report } from '../../engine';
import { DraftBadge } from './DraftBadge';
import { DraftPanel } from './DraftPanel';
import { NoCoachingBadge } from './NoCoachingBadge';
import { Popover } from './Popover';
import { categoryColor } from './styles';

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

export type Viewport = OverlayState['viewport'];

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
                  ...categoryColor(u.finding),
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
          <DraftBadge report={state.report} at={state.badge} open={state.panelOpen} onClick={actions.togglePanel} />
        ))}
      {state.panelOpen && state.report && state.badge && (
        <DraftPanel report={state.report} at={state.badge} state={state} actions={actions} />
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

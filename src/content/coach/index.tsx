/**
 * Inline coaching for the page (one per frame): finds the field the agent is writing in, analyses it off the
 * input path (schedule.ts), draws underlines (place.ts, stale.ts), the popover and the draft badge (state.ts), and
 * applies suggestions. All it adds to the page lives in one <empathy-coach> host; the editors' DOM is never touched.
 */
import { render } from 'preact';
import type { Report } from '../../engine';
import { applyReplacement } from '../apply';
import { coachableTarget } from '../eligibility';
import { createField, type Field } from '../field';
import { overlayView, shift, type FramePlacement } from '../frames';
import { createMeasureHost, createOverlayHost, type OverlayHost } from '../overlay/host';
import { Overlay, type OverlayActions, type OverlayState } from '../overlay/Overlay';
import { badgeAnchor, visibleBox } from './geometry';
import { watchPage } from './page';
import { placeUnderlines } from './place';
import { listenCapture, listenForPointerAndKeys } from './pointer';
import { createAnalysisScheduler } from './schedule';
import { createStaleUnderlines } from './stale';
import type { Coach, CoachOptions } from './types';
import { emptyState, followPopover, ignoreKey, withoutPopover, withPanelToggled, withPopover } from './state';

export type { Coach, CoachOptions } from './types';

/** Coaches `doc` until `signal` aborts, starting with `first` (the field the agent focused) if it is coachable. */
export function startCoaching(
  doc: Document,
  options: CoachOptions,
  signal: AbortSignal,
  first: EventTarget | null = null,
): Coach {
  let overlay: OverlayHost | null = null;
  let measureHost: ReturnType<typeof createMeasureHost> | null = null;
  // The overlay may live in an ancestor document (a field in an iframe); `at` is where the field's viewport sits in it.
  const view = overlayView(doc, visibleBox);
  const hostDoc = view.doc;
  const hostWin = hostDoc.defaultView!;
  let at: FramePlacement = { x: 0, y: 0, clip: null };
  const viewKey = (element: HTMLElement, box = element.getBoundingClientRect()) =>
    `${box.left} ${box.top} ${element.scrollLeft} ${element.scrollTop} ${view.framesAt()}`;
  let field: Field | null = null;
  let fieldObserver: MutationObserver | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let analysed: { text: string; report: Report } | null = null;
  /** The field's text as last read; null once the field changed. Scrolling and resizing re-measure, never re-read. */
  let current: string | null = null;
  const readField = (f: Field) => (current ??= f.read());
  const ignored = new Set<string>();
  const viewport = () => ({ width: hostWin.innerWidth, height: hostWin.innerHeight });
  let state: OverlayState = emptyState(viewport());
  const win = doc.defaultView!;
  const stale = createStaleUnderlines(win, doc, {
    layout,
    hasAnalysis: () => analysed !== null,
    hideFrom: (boxes) => overlay?.hideUnderlinesFrom(boxes),
    viewKey,
    offset: () => at,
  });
  const requestLayout = stale.requestLayout;
  const scheduler = createAnalysisScheduler(win, {
    prepare(more) {
      const analyzer = field ? options.analyzer(field.element) : null;
      if (field && analyzer) return analyzer.prepare(readField(field), more);
      if (field) clear();
      return null;
    },
    prepareLayout: () => Boolean(field?.prepareLayout?.()),
    analyse,
  });
  const schedule = scheduler.schedule;

  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    listenCapture(doc, type, listener, signal);

  function activate(target: EventTarget | null) {
    const found = coachableTarget(target, options);
    if (!found || found.element === field?.element) return;
    deactivate();
    overlay ??= createOverlayHost(hostDoc);
    if (found.kind === 'plain' && hostDoc !== doc) measureHost ??= createMeasureHost(doc);
    field = createField(found, measureHost?.measure ?? overlay.measure);
    if (found.kind === 'rich') {
      // Rich editors change their DOM without input events too (paste handling, collaborative edits, setContent).
      fieldObserver = new MutationObserver(() => {
        current = null;
        stale.editLanded();
        schedule();
      });
      fieldObserver.observe(found.element, { subtree: true, childList: true, characterData: true });
    }
    resizeObserver = new ResizeObserver(() => requestLayout());
    resizeObserver.observe(found.element);
    overlay.raise();
    schedule(0);
  }

  function deactivate() {
    scheduler.cancel();
    stale.reset();
    fieldObserver?.disconnect();
    resizeObserver?.disconnect();
    field?.dispose();
    field = null;
    current = null;
    ignored.clear();
    clear();
  }

  function analyse() {
    if (!field) return;
    const text = readField(field);
    const analyzer = options.analyzer(field.element);
    if (!analyzer) return clear();
    const report = analyzer.analyze(text, options.context?.(field.element) ?? {});
    if (ignored.size) report.findings = report.findings.filter((f) => !ignored.has(ignoreKey(text, f)));
    analysed = { text, report };
    options.onReport?.(field.element, report);
    // placing the underlines is a layout read of its own (a long draft in a textarea lays out all its text):
    // in the next frame, not in the task that analysed
    requestLayout();
  }

  /** Nothing to show for the field: no underlines, no badge. */
  function clear() {
    analysed = null;
    state = emptyState(viewport());
    draw();
  }

  function layout() {
    if (!field || !analysed) return;
    at = view.place();
    const placed = placeUnderlines(field, analysed, readField(field), at, state.popover?.id);
    state = {
      ...state,
      ...placed.state,
      popover: followPopover(state, placed.state.underlines, placed.fieldBox),
      viewport: viewport(),
    };
    stale.placed(viewKey(field.element, placed.viewportBox));
    draw();
  }

  const actions: OverlayActions = {
    apply(id, suggestion) {
      const target = state.underlines.find((u) => u.id === id);
      if (!field || !target) return;
      const f = target.finding;
      const into = field;
      // From a new task: a button pressed with Enter or Space is still inside that key's events, which would
      // follow the focus into the editor (a stray line break) if it moved there now.
      void new Promise((done) => setTimeout(done, 0))
        .then(() => applyReplacement(into, { start: f.start, end: f.end, text: f.text, replacement: suggestion }))
        .then((outcome) => {
          current = null;
          if (outcome === 'applied') options.onEvent?.({ kind: 'applied', rule: f.rule });
          closePopover();
          schedule(0);
        });
    },
    ignore: (id) => ignoreFinding(id, false),
    ignoreEverywhere: (id) => ignoreFinding(id, true),
    disableRule(rule) {
      options.disableRule(rule);
      closePopover();
    },
    closePopover,
    togglePanel() {
      state = withPanelToggled(state);
      draw();
    },
    openFinding(id) {
      openPopover(id, true);
    },
  };

  function ignoreFinding(id: string, everywhere: boolean) {
    const target = state.underlines.find((u) => u.id === id);
    if (!target || !field) return;
    ignored.add(ignoreKey(readField(field), target.finding));
    // hidden here at once; the host's list hides the words in every field from the next analysis on
    if (everywhere) options.ignoreEverywhere?.(target.finding.text);
    options.onEvent?.({ kind: 'ignored', rule: target.finding.rule });
    closePopover();
    analyse();
  }

  function openPopover(id: string, focus: boolean) {
    const target = state.underlines.find((u) => u.id === id);
    if (!target || !field) return;
    const anchor = target.rects[0] ?? badgeAnchor(shift(field.element.getBoundingClientRect(), at.x, at.y));
    if (state.popover?.id !== id) options.onEvent?.({ kind: 'shown', rule: target.finding.rule });
    state = withPopover(state, id, anchor, focus, viewport());
    draw();
  }

  function closePopover(returnFocus = true) {
    if (!state.popover) return;
    const hadFocus = state.popover.focus;
    state = withoutPopover(state);
    draw();
    if (returnFocus && hadFocus && field) field.element.focus({ preventScroll: true });
  }

  function draw() {
    if (!overlay) return;
    render(
      <Overlay
        state={state}
        actions={actions}
        findingById={(id) => state.underlines.find((u) => u.id === id)?.finding}
        canDisable={(rule) => options.canDisable?.(rule) ?? true}
      />,
      overlay.mount,
    );
    // A popover that held the keyboard focus and went away (its finding was fixed or typed over) gives the
    // focus back to the editor, never to the page's body, where the agent's next keystrokes would be lost.
    if (field && hostDoc.activeElement === overlay.host && !overlay.host.shadowRoot?.activeElement)
      field.element.focus({ preventScroll: true });
  }

  const insideOverlay = (event: Event) => Boolean(overlay && event.composedPath().includes(overlay.host));

  on('focusin', (event) => {
    if (insideOverlay(event)) return;
    activate(event.composedPath()[0] ?? event.target);
  });
  on('beforeinput', (event) => {
    if (!field || !event.composedPath().includes(field.element)) return;
    stale.editAnnounced(field, state.underlines);
  });
  on('input', (event) => {
    if (field && event.composedPath().includes(field.element)) {
      current = null;
      stale.editLanded();
      field.lastInputAt = performance.now();
      schedule();
    }
  });

  listenForPointerAndKeys(doc, hostDoc, signal, {
    state: () => state,
    at: () => at,
    hasField: () => field !== null,
    insideOverlay,
    openPopover,
    closePopover,
    togglePanel: actions.togglePanel,
    closeAll() {
      state = { ...state, panelOpen: false };
      if (state.popover) closePopover();
      else draw();
      field?.element.focus({ preventScroll: true });
    },
  });
  watchPage(doc, hostDoc, signal, {
    requestLayout,
    // the frame goes away (removed, navigated) without always ending this script first: its overlay goes with it
    frameHidden() {
      deactivate();
      overlay?.dispose();
      overlay = null;
    },
    ignore: (records) => Boolean(field && records.every((r) => field!.element.contains(r.target))),
    check() {
      if (field && !field.element.isConnected) deactivate();
      if (!field && doc.activeElement && doc.activeElement !== doc.body) activate(doc.activeElement);
      // in this frame, before it is drawn (the layout read here is the one the frame makes anyway)
      if (field && analysed && stale.movedSincePlaced(field.element)) layout();
    },
  });
  signal.addEventListener('abort', () => {
    deactivate();
    overlay?.dispose();
    overlay = null;
    measureHost?.dispose();
  });
  if (first) activate(first);
  else if (doc.activeElement && doc.activeElement !== doc.body) activate(doc.activeElement);

  return {
    refresh: () => schedule(0),
    get active() {
      return field;
    },
    latest: () => state.report,
  };
}

/**
 * Inline coaching for the page (one per frame): finds the field the agent is writing in, analyses it off the
 * input path, draws underlines, the popover and the draft badge, and applies suggestions. Everything it adds
 * to the page lives in one <empathy-coach> host; the editors' DOM is never touched.
 */
import { render } from 'preact';
import type { Analyzer, CustomerContext, Finding, Report } from '../engine';
import { applyReplacement } from './apply';
import { coachableTarget, type EligibilityOptions } from './eligibility';
import { createField, type Field } from './field';
import { intersect, overlayView, shift, type FramePlacement } from './frames';
import { createMeasureHost, createOverlayHost, type OverlayHost } from './overlay/host';
import { Overlay, type OverlayActions, type OverlayState, type Underline } from './overlay/Overlay';
import { bandAround, measureNear } from './near';
import { remapFindings } from './remap';

export interface CoachOptions extends EligibilityOptions {
  /** The analyzer for a field, or null to leave it alone (an internal note, when the agent turned those off). */
  analyzer(field: HTMLElement): Analyzer | null;
  /** What the reply in a field answers: the customer's latest message and the channel, where the site shows them. */
  context?(field: HTMLElement): CustomerContext;
  disableRule(rule: string): void;
  /** Whether the agent may turn a rule off (not one their organisation's policy locks). */
  canDisable?(rule: string): boolean;
  /** The agent's "ignore everywhere": these words are never flagged again (the host keeps the list). */
  ignoreEverywhere?(phrase: string): void;
  /** Coaching events, counts only (never text): the insights. */
  onEvent?(event: { kind: 'applied' | 'ignored' | 'shown'; rule: string }): void;
  /** Each report shown for a field, for the insights (which keep counts only). */
  onReport?(field: HTMLElement, report: Report): void;
}

export interface Coach {
  /** Re-analyses the active field, e.g. after the analyzer changed (a pack update, a rule turned off). */
  refresh(): void;
  readonly active: Field | null;
  latest(): Report | null;
}

/** Quiet time after the last keystroke before analysing; the analysis itself then runs when the page is idle. */
const PAUSE_MS = 120;
const HOVER_MS = 300;
/** The longest run of analysis in one task while a long draft is analysed for the first time. */
const SLICE_MS = 8;

/** Coaches `doc` until `signal` aborts, starting with `first` (the field the agent focused) if it is coachable. */
export function startCoaching(doc: Document, options: CoachOptions, signal: AbortSignal, first: EventTarget | null = null): Coach {
  let overlay: OverlayHost | null = null;
  let measureHost: ReturnType<typeof createMeasureHost> | null = null;
  // The overlay may live in an ancestor document (a field in an iframe); `at` is where the field's viewport sits in it.
  const view = overlayView(doc, visibleBox);
  const hostDoc = view.doc;
  const hostWin = hostDoc.defaultView!;
  let at: FramePlacement = { x: 0, y: 0, clip: null };
  /**
   * Where the field, its content and its frames sat when the underlines were placed. A scroll moves them at
   * once, but its event (and the layout that follows it) comes only with the next frame: a keystroke in between
   * would compare the caret with boxes from before the scroll. A page's layout moves them with no event at all:
   * the page observer compares this too.
   */
  let placedFrom = '';
  const viewKey = (element: HTMLElement, box = element.getBoundingClientRect()) =>
    `${box.left} ${box.top} ${element.scrollLeft} ${element.scrollTop} ${view.framesAt()}`;
  let field: Field | null = null;
  let fieldObserver: MutationObserver | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let analysed: { text: string; report: Report } | null = null;
  /** The field's text as last read; null once the field changed. Scrolling and resizing re-measure, never re-read. */
  let current: string | null = null;
  const readField = (f: Field) => (current ??= f.read());
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const ignored = new Set<string>();
  const emptyState = (): OverlayState => ({ underlines: [], clip: null, report: null, badge: null, popover: null, panelOpen: false, viewport: viewport() });
  const viewport = () => ({ width: hostWin.innerWidth, height: hostWin.innerHeight });
  let state: OverlayState = emptyState();
  const win = doc.defaultView!;

  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void, target: EventTarget = doc) =>
    target.addEventListener(type, listener as EventListener, { capture: true, passive: type !== 'keydown', signal });

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
        editLanded();
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
    clearTimeout(scheduled);
    clearTimeout(editPending);
    editPending = undefined;
    heldHidden = false;
    fieldObserver?.disconnect();
    resizeObserver?.disconnect();
    field?.dispose();
    field = null;
    current = null;
    ignored.clear();
    clear();
  }

  /**
   * A keystroke's edit announced (beforeinput) and not yet in the DOM: Slate and Draft.js render it a task
   * later. Until it lands, a layout keeps the underlines the keystroke hid hidden; then one places them again.
   */
  let editPending: ReturnType<typeof setTimeout> | undefined;
  /** A layout ran while the edit was pending and kept underlines hidden: the edit's landing lays them out again. */
  let heldHidden = false;
  function editLanded() {
    if (editPending === undefined) return;
    clearTimeout(editPending);
    editPending = undefined;
    // (most editors change the DOM in the keystroke's own task: no layout came between, none is added)
    if (heldHidden) requestLayout();
    heldHidden = false;
  }

  function schedule(delay = PAUSE_MS) {
    clearTimeout(scheduled);
    scheduled = setTimeout(() => idle(prepareThenAnalyse), delay);
  }

  function idle(task: (deadline: IdleDeadline | null) => void) {
    if ('requestIdleCallback' in win) win.requestIdleCallback(task, { timeout: 300 });
    else setTimeout(() => task(null), 0);
  }

  /**
   * The next slice of work already begun: a background-priority task, which the browser runs after input and
   * frames but without waiting for another idle period (those come up to 50 ms apart, and the first analysis of
   * a cold draft is a few hundred slices).
   */
  function slice(task: (deadline: IdleDeadline | null) => void) {
    const scheduler = (win as { scheduler?: { postTask?(callback: () => void, options: { priority: string }): Promise<unknown> } }).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(() => task(null), { priority: 'background' });
    else idle(task);
  }

  /**
   * The first analysis of a long draft (on focus, after a pack or rule change) starts in an idle period and runs
   * sentence by sentence over as many slices as it needs, so no task of ours blocks the page; later keystrokes find the cache warm.
   */
  function prepareThenAnalyse(deadline: IdleDeadline | null, prepared = false) {
    if (!field) return;
    const started = performance.now();
    // An idle period may offer up to 50 ms, and a sentence of our work can take several ms on a busy page:
    // slices stay well below the 50 ms of a long task.
    const more = () => performance.now() - started < SLICE_MS && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
    const analyzer = options.analyzer(field.element);
    if (!analyzer) return clear();
    if (!analyzer.prepare(readField(field), more)) return slice(prepareThenAnalyse);
    // a slice that did some of the work leaves the rest to a task of its own: the layout work placing needs
    // (which then takes a task itself), then the analysis, and placing the underlines in the next frame
    if (!prepared && performance.now() - started >= 2) return slice((next) => prepareThenAnalyse(next, true));
    if (field.prepareLayout?.()) return slice((next) => prepareThenAnalyse(next, true));
    analyse();
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
    state = emptyState();
    draw();
  }

  function requestLayout() {
    if (frame || !analysed) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  }

  function layout() {
    if (!field || !analysed) return;
    at = view.place();
    const toOverlay = (r: DOMRect) => shift(r, at.x, at.y);
    const findings = remapFindings(analysed.report.findings, analysed.text, readField(field));
    const fieldClip = toOverlay(visibleBox(field.element));
    const clip = at.clip ? intersect(fieldClip, at.clip) : fieldClip;
    // findings far from the visible box get their boxes from the layout (on scroll) that brings them near
    const ids = findings.map(findingId);
    const rects = measureNear(
      findings.length,
      (i) => (findings[i].start < findings[i].end ? field!.rects(findings[i].start, findings[i].end).map(toOverlay) : []),
      bandAround(clip),
      (i) => ids[i] === state.popover?.id,
    );
    const underlines: Underline[] = findings.map((finding, i) => ({ id: ids[i], finding, rects: rects[i] }));
    const fieldBox = field.element.getBoundingClientRect();
    placedFrom = viewKey(field.element, fieldBox);
    const box = toOverlay(fieldBox);
    const badgeVisible = clip.width > 0 && clip.height > 0;
    let popover = state.popover;
    if (popover) {
      const still = underlines.find((u) => u.id === popover!.id) ?? movedUnderline(state.underlines.find((u) => u.id === popover!.id), underlines);
      popover = still ? { ...popover, id: still.id, anchor: still.rects[0] ?? badgeAnchor(box) } : null;
    }
    state = {
      ...state,
      underlines,
      clip,
      report: { ...analysed.report, findings },
      badge: badgeVisible ? badgePosition(box, clip) : null,
      popover,
      viewport: viewport(),
    };
    if (editPending === undefined) overlay?.hideUnderlinesFrom(null);
    else heldHidden = true;
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
    ignore(id) {
      const target = state.underlines.find((u) => u.id === id);
      if (!target || !analysed || !field) return;
      ignored.add(ignoreKey(readField(field), target.finding));
      options.onEvent?.({ kind: 'ignored', rule: target.finding.rule });
      closePopover();
      analyse();
    },
    ignoreEverywhere(id) {
      const target = state.underlines.find((u) => u.id === id);
      if (!target || !field) return;
      // hidden here at once; the host's list hides the words in every field from the next analysis on
      ignored.add(ignoreKey(readField(field), target.finding));
      options.ignoreEverywhere?.(target.finding.text);
      options.onEvent?.({ kind: 'ignored', rule: target.finding.rule });
      closePopover();
      analyse();
    },
    disableRule(rule) {
      options.disableRule(rule);
      closePopover();
    },
    closePopover,
    togglePanel() {
      state = { ...state, panelOpen: !state.panelOpen };
      draw();
    },
    openFinding(id) {
      openPopover(id, true);
    },
  };

  function openPopover(id: string, focus: boolean) {
    const target = state.underlines.find((u) => u.id === id);
    if (!target || !field) return;
    const anchor = target.rects[0] ?? badgeAnchor(shift(field.element.getBoundingClientRect(), at.x, at.y));
    if (state.popover?.id !== id) options.onEvent?.({ kind: 'shown', rule: target.finding.rule });
    state = { ...state, popover: { id, anchor, focus }, panelOpen: false, viewport: viewport() };
    draw();
  }

  function closePopover(returnFocus = true) {
    if (!state.popover) return;
    const hadFocus = state.popover.focus;
    state = { ...state, popover: null };
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
    if (field && hostDoc.activeElement === overlay.host && !overlay.host.shadowRoot?.activeElement) field.element.focus({ preventScroll: true });
  }

  /** The underline under a point of the overlay's viewport, if any. Underlines take no pointer events (the agent clicks into the text), so hits are computed. */
  function underlineAt(x: number, y: number): Underline | undefined {
    if (!state.clip || x < state.clip.left || x > state.clip.right || y < state.clip.top || y > state.clip.bottom) return undefined;
    return state.underlines.find((u) => u.rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 2));
  }

  const insideOverlay = (event: Event) => Boolean(overlay && event.composedPath().includes(overlay.host));

  on('focusin', (event) => {
    if (insideOverlay(event)) return;
    activate(event.composedPath()[0] ?? event.target);
  });
  on('beforeinput', (event) => {
    if (!field || !event.composedPath().includes(field.element)) return;
    hideStaleUnderlines(field);
    // an edit the editor drops (or makes without a DOM change) must not keep underlines hidden for long
    clearTimeout(editPending);
    editPending = setTimeout(editLanded, 500);
  });
  on('input', (event) => {
    if (field && event.composedPath().includes(field.element)) {
      current = null;
      editLanded();
      field.lastInputAt = performance.now();
      schedule();
    }
  });

  /**
   * Until the next analysis, underlines at and after the caret would sit over the wrong words once the text
   * moves. They are hidden at `beforeinput`, before the edit, while the page's layout is still clean (so
   * reading the caret forces no layout); the next analysis places them again. Typing at the end hides nothing.
   */
  function hideStaleUnderlines(f: Field) {
    if (!overlay || !state.underlines.length) return;
    // a layout is due (the page scrolled or changed since the last frame): the boxes and the caret are not in
    // the same place any more, so none can be trusted until that layout
    if (frame) return overlay.hideUnderlinesFrom(0);
    const element = f.element;
    let after: (u: Underline) => boolean;
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      const caret = Math.min(element.selectionStart ?? 0, element.selectionEnd ?? 0);
      after = (u) => u.finding.end >= caret;
    } else {
      // the view moved since the boxes were placed (a scroll whose event has not come yet): none can be trusted
      if (viewKey(element) !== placedFrom) {
        requestLayout();
        return overlay.hideUnderlinesFrom(0);
      }
      const caret = caretRect(doc);
      if (!caret) return overlay.hideUnderlinesFrom(0);
      const c = shift(caret, at.x, at.y);
      after = (u) => {
        const last = u.rects[u.rects.length - 1];
        return !last || last.top >= c.bottom - 1 || (last.bottom > c.top + 1 && last.right >= c.left - 1);
      };
    }
    let boxes = 0;
    for (const u of state.underlines) {
      if (after(u)) return overlay.hideUnderlinesFrom(boxes);
      boxes += u.rects.length;
    }
  }

  // Clicks and keys reach us from the field's document, and from the overlay's when that is an ancestor's.
  const onClick = (event: MouseEvent) => {
    if (insideOverlay(event)) return;
    const hit = event.currentTarget === doc ? underlineAt(event.clientX + at.x, event.clientY + at.y) : undefined;
    if (hit) openPopover(hit.id, false);
    else if (state.popover) closePopover(false);
    else if (state.panelOpen) actions.togglePanel();
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (state.popover || state.panelOpen)) {
      event.stopPropagation();
      state = { ...state, panelOpen: false };
      if (state.popover) closePopover();
      else draw();
      field?.element.focus({ preventScroll: true });
      return;
    }
    // Alt+J / Alt+Shift+J: next / previous finding, with the keyboard in the popover
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyJ' && field) {
      const list = state.underlines.filter((u) => u.rects.length);
      if (!list.length) return;
      event.preventDefault();
      const index = list.findIndex((u) => u.id === state.popover?.id);
      const next = index < 0 ? (event.shiftKey ? list.length - 1 : 0) : (index + (event.shiftKey ? -1 : 1) + list.length) % list.length;
      openPopover(list[next].id, true);
    }
  };
  on('click', onClick);
  on('keydown', onKeydown);
  on('mousemove', (event) => {
    clearTimeout(hoverTimer);
    if (insideOverlay(event) || !state.underlines.length) return;
    const hit = underlineAt(event.clientX + at.x, event.clientY + at.y);
    if (hit && hit.id !== state.popover?.id) hoverTimer = setTimeout(() => openPopover(hit.id, false), HOVER_MS);
  });
  if (hostDoc !== doc) {
    on('click', onClick, hostDoc);
    on('keydown', onKeydown, hostDoc);
    on('scroll', () => requestLayout(), hostDoc);
    hostWin.addEventListener('resize', () => requestLayout(), { signal, passive: true });
    // the frame goes away (removed, navigated) without always ending this script first: its overlay goes with it
    win.addEventListener('pagehide', () => {
      deactivate();
      overlay?.dispose();
      overlay = null;
    }, { signal });
  }
  // Editors created after the page loaded and focused without a focus event reaching us (autofocus inside a
  // late-rendered composer), composers removed while coached, and a page whose layout moves the field without
  // a scroll or a resize (a banner shown above it, a message added to the thread): watched here, at most once a
  // frame, in the field's document and in the overlay's (which holds the field's iframe).
  let domCheck = 0;
  const pageObserver = new MutationObserver((records) => {
    // typing in the coached field is the common case, and needs no check: skip it before asking for a frame
    if (domCheck || (field && records.every((r) => field!.element.contains(r.target)))) return;
    domCheck = win.requestAnimationFrame(() => {
      domCheck = 0;
      if (field && !field.element.isConnected) deactivate();
      if (!field && doc.activeElement && doc.activeElement !== doc.body) activate(doc.activeElement);
      // in this frame, before it is drawn (the layout read here is the one the frame makes anyway)
      if (field && analysed && viewKey(field.element) !== placedFrom) layout();
    });
  });
  // Nodes added and removed only: attributes change inside editors at every keystroke (a callback each on the
  // typing path, measured), and a page shows and hides its parts mostly by rendering them.
  const watched: MutationObserverInit = { childList: true, subtree: true };
  pageObserver.observe(doc.documentElement, watched);
  if (hostDoc !== doc) pageObserver.observe(hostDoc.documentElement, watched);
  signal.addEventListener('abort', () => pageObserver.disconnect());
  on('scroll', () => requestLayout(), doc);
  win.addEventListener('resize', () => requestLayout(), { signal, passive: true });
  doc.fonts?.addEventListener('loadingdone', () => requestLayout(), { signal });
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

/**
 * The same finding after the text moved (the agent typed before it): same rule and words, nearest place.
 * Ids carry offsets, so without this an open popover would close at every keystroke earlier in the text.
 */
function movedUnderline(previous: Underline | undefined, underlines: Underline[]): Underline | undefined {
  if (!previous) return undefined;
  const { rule, text, start } = previous.finding;
  let best: Underline | undefined;
  for (const u of underlines) {
    if (u.finding.rule !== rule || u.finding.text !== text) continue;
    if (!best || Math.abs(u.finding.start - start) < Math.abs(best.finding.start - start)) best = u;
  }
  return best;
}

/** Where the caret (or the start of the selection) is drawn, in its document's viewport. */
function caretRect(doc: Document): DOMRect | null {
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? null;
  if (rect) return rect;
  // a caret in an empty line has no text to measure: its line's element stands in
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element ? element.getBoundingClientRect() : null;
}

function findingId(f: Finding): string {
  return `${f.rule}@${f.start}-${f.end}`;
}

/** An occurrence to ignore: the rule, the words, and a little of what surrounds them, so it survives edits elsewhere. */
function ignoreKey(text: string, f: Finding): string {
  return `${f.rule}\u0000${text.slice(Math.max(0, f.start - 24), f.end + 24)}`;
}

/**
 * The badge sits inside a composer's bottom-right corner; a single-line field (a chat input) has no room
 * there that its text does not need, so there it sits just below the field's corner.
 */
function badgePosition(box: DOMRect, clip: DOMRect): { x: number; y: number } {
  const x = Math.min(box.right, clip.right) - 78;
  if (box.height < 56) return { x, y: Math.min(box.bottom, clip.bottom) + 4 };
  return { x, y: Math.min(box.bottom, clip.bottom) - 28 };
}

function badgeAnchor(box: DOMRect): DOMRect {
  return new DOMRect(box.right - 80, box.bottom - 28, 70, 22);
}

/** The part of an element that is really visible: its box cut by every scrolling ancestor and the viewport. */
export function visibleBox(element: Element): DOMRect {
  const view = element.ownerDocument.defaultView!;
  let { left, top, right, bottom } = element.getBoundingClientRect();
  for (let el = element.parentElement; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowX + style.overflowY)) {
      const r = el.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
  }
  left = Math.max(left, 0);
  top = Math.max(top, 0);
  right = Math.min(right, view.innerWidth);
  bottom = Math.min(bottom, view.innerHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

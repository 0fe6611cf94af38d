/**
 * Coaching in one frame, from the moment the agent first focuses a field there (src/content/watcher.ts hands
 * over): storage read once, analyzers built once (and again only when packs or coaching settings change), the
 * site's on/off decision followed live, and the popup's `get-report` answered. The decisions are small pure
 * functions, exported for their tests; `startSession` wires them to the page, storage and the coach.
 */
// storage alone, not the background: tabs read packs, they never fetch or validate them
import { getActivePacks, getSitePolicy, watchActivePacks, type ActivePacks, type SitePolicy } from '../storage';
import type { Analyzer, AnalyzerOptions } from '../engine/analyzer';
import type { CompiledRuleCache } from '../engine/compile-rules';
import { createQuickAnalyzer } from '../engine/quick';
import type { Report } from '../engine/types';
import { isMessage } from '../messages';
import { disableRule, ignorePhrase, settingsItem, siteIsOn, type Settings } from '../settings';
import { startCoaching, type Coach } from './coach';
import { startInsightsRecorder } from './insights';
import { loadEngine } from './load-coach';
import { pageUrl } from './page-url';
import { siteForUrl, type Conversation, type SiteAdapter } from './sites';

export interface Analyzers {
  full: Analyzer;
  /** Internal notes, coached lightly: only what would hurt a colleague too. Built the first time one is asked for. */
  readonly light: Analyzer;
  /** Rules the policy locks: the popover offers no "turn off" for them. */
  locked: ReadonlySet<string>;
}

export type CreateAnalyzer = (packs: ActivePacks['packs'], options: AnalyzerOptions) => Analyzer;

export function buildAnalyzers(active: ActivePacks, settings: Settings, create: CreateAnalyzer): Analyzers {
  let light: Analyzer | undefined;
  const ignorePhrases = settings.ignoredPhrases;
  return {
    full: create(active.packs, {
      disabledRules: active.disabledRules,
      minSeverity: settings.minSeverity,
      ignorePhrases,
    }),
    locked: new Set(active.lockedRules),
    get light() {
      return (light ??= create(active.packs, {
        disabledRules: active.disabledRules,
        minSeverity: 'warning',
        ignorePhrases,
      }));
    },
  };
}

/** The analyzer for a field: an internal note follows the agent's choice for notes; a reply is coached fully. */
export function analyzerFor(
  conversation: Conversation | null,
  settings: Pick<Settings, 'internalNotes'>,
  analyzers: Analyzers,
): Analyzer | null {
  if (conversation?.audience !== 'internal') return analyzers.full;
  if (settings.internalNotes === 'off') return null;
  return settings.internalNotes === 'light' ? analyzers.light : analyzers.full;
}

/**
 * The coach asks for a field's analyzer and then its context in one task: the page's thread is read once for
 * both, and read afresh in the next task (the thread may have changed by the next analysis).
 */
export function conversationReader(
  site: SiteAdapter | undefined,
  queue: (task: () => void) => void = queueMicrotask,
): (field: HTMLElement) => Conversation | null {
  let lastRead: { field: HTMLElement; conversation: Conversation | null } | null = null;
  return (field) => {
    if (lastRead?.field !== field) {
      lastRead = { field, conversation: site?.isComposer(field) ? site.conversation(field) : null };
      queue(() => (lastRead = null));
    }
    return lastRead.conversation;
  };
}

/** Whether this page is coached: IT's "off" wins, then the agent's choice or IT's "on". */
export function siteIsCoached(host: string, knownSite: boolean, settings: Settings, policy: SitePolicy): boolean {
  if (policy.disabledSites.includes(host)) return false;
  return siteIsOn(settings, host, knownSite) || policy.enabledSites.includes(host);
}

/** Whether a settings change alters what the analyzers flag (and so needs them rebuilt and the field redrawn). */
export function coachingChanged(before: Settings, after: Settings): boolean {
  const coaching = (s: Settings) => JSON.stringify([s.minSeverity, s.ignoredPhrases]);
  return coaching(before) !== coaching(after);
}

/**
 * The popup's `get-report`: only the frame with the coached field answers (the first answer wins, so an editor's
 * iframe must not lose to a page that has nothing to say). Undefined: this frame stays silent.
 */
export function reportReply(
  message: unknown,
  coach: Pick<Coach, 'active' | 'latest'> | null,
): Promise<Report | null> | undefined {
  if (!isMessage(message) || message.kind !== 'get-report' || !coach?.active) return undefined;
  const report = coach.latest();
  // a first pass has no scores yet: the popup waits for the full analysis rather than show zeros
  return Promise.resolve(report?.provisional ? null : report);
}

/** Starts coaching this frame on `first` (the field the agent focused), until `signal` aborts. */
export async function startSession(doc: Document, first: EventTarget, signal: AbortSignal): Promise<void> {
  const url = pageUrl();
  const host = new URL(url).hostname;
  const site = siteForUrl(url);
  let [settings, sitePolicy, active] = await Promise.all([settingsItem.getValue(), getSitePolicy(), getActivePacks()]);
  if (signal.aborted) return;
  // The first pass (engine/quick.ts) coaches at once; the full engine, the heaviest part of the coach, loads once
  // the first underlines are drawn and takes over. The rules the first pass compiled are handed over, not compiled again.
  const compiled: CompiledRuleCache = new WeakMap();
  let create: CreateAnalyzer = (packs, options) => createQuickAnalyzer(packs, { ...options, compiled });
  let analyzers = buildAnalyzers(active, settings, create);
  let engineRequested = false;
  const loadFullEngine = () => {
    if (engineRequested || signal.aborted) return;
    engineRequested = true;
    void loadEngine()
      .then((engine) => {
        if (signal.aborted) return;
        create = (packs, options) => engine.createMultilingualAnalyzer(packs, { ...options, compiled });
        analyzers = buildAnalyzers(active, settings, create);
        running?.coach.refresh();
      })
      .catch((error: unknown) => console.error('Empathy Coach: the engine did not load', error));
  };
  const win = doc.defaultView!;
  // After the frame that draws the first pass's underlines, so evaluating the engine (one long task) never delays
  // them: not on a timer, which on a busy machine fires while the first pass is still in its slices. Every analysis
  // of a field starts with a first pass, so a frame that coaches always gets here.
  const afterFirstPaint = () => win.requestAnimationFrame(() => win.setTimeout(loadFullEngine, 0));
  const insights = startInsightsRecorder(doc, signal);
  const conversationOf = conversationReader(site);
  let running: { coach: Coach; controller: AbortController } | null = null;
  let focusTarget: EventTarget | null = first;

  const start = () => {
    const controller = new AbortController();
    const coach = startCoaching(
      doc,
      {
        analyzer: (field) => analyzerFor(conversationOf(field), settings, analyzers),
        context(field) {
          const conversation = conversationOf(field);
          // an internal note answers colleagues, not the customer: no customer message to coach it against
          const customerMessage = conversation?.audience === 'internal' ? undefined : conversation?.customerMessage;
          return conversation ? { customerMessage, channel: conversation.channel } : {};
        },
        get inputs() {
          return settings.inputSites.includes(host);
        },
        // the worker applies it; an extension reloaded under the page cannot answer, and the tab keeps coaching
        disableRule: (rule) => void disableRule(rule).catch(() => undefined),
        canDisable: (rule) => !analyzers.locked.has(rule),
        ignoreEverywhere: (phrase) => void ignorePhrase(phrase).catch(() => false),
        onEvent: insights.event,
        onReport(field, report) {
          // a first pass is not the draft's report: nothing to count
          if (report.provisional) afterFirstPaint();
          else insights.report(field, report);
        },
      },
      controller.signal,
      focusTarget,
    );
    focusTarget = null;
    running = { coach, controller };
  };
  const stop = () => {
    running?.controller.abort();
    running = null;
  };
  // The agent turns a site off (or on) in the popup, or IT in the policy: this page follows at once.
  const follow = () => {
    if (!siteIsCoached(host, Boolean(site), settings, sitePolicy)) stop();
    else if (!running) start();
  };
  follow();

  const unwatchSettings = settingsItem.watch((next) => {
    const changed = coachingChanged(settings, next);
    settings = next;
    if (changed) analyzers = buildAnalyzers(active, settings, create);
    follow();
    if (changed) running?.coach.refresh();
  });
  // a new pack version, a removed pack, a rule turned off, a policy change: rebuild and redraw, no reload
  const unwatchPacks = watchActivePacks((next) => {
    active = next;
    analyzers = buildAnalyzers(next, settings, create);
    void getSitePolicy().then((policy) => {
      sitePolicy = policy;
      follow();
      running?.coach.refresh();
    });
  }, active.key);
  const onMessage = (message: unknown) => reportReply(message, running?.coach ?? null);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    unwatchSettings();
    unwatchPacks();
    browser.runtime.onMessage.removeListener(onMessage);
    stop();
  });
}

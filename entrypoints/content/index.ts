// active-packs alone, not the background index: tabs read packs, they never fetch or validate them
import { getActivePacks, watchActivePacks, type ActivePacks } from '../../src/background/active-packs';
import { getSitePolicy } from '../../src/background/site-policy';
import { startCoaching, type Coach } from '../../src/content/coach';
import { startInsightsRecorder } from '../../src/content/insights';
import { KNOWN_SITE_MATCHES, siteForUrl, type Conversation } from '../../src/content/sites';
import { createMultilingualAnalyzer, type Analyzer } from '../../src/engine';
import { isMessage } from '../../src/messages';
import { disableRule, ignorePhrase, settingsItem, siteIsOn, type Settings } from '../../src/settings';

// Runs by default on the known helpdesks only; the background registers this same script for each site the
// agent enables from the popup (scripting.registerContentScripts), so no page is read without consent.
export default defineContentScript({
  matches: [...KNOWN_SITE_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // The popup injects this script into the open page when the agent enables its site, and the background
    // registers it for the site's next pages: one page never runs it twice.
    const scope = globalThis as { empathyCoachStarted?: boolean };
    if (scope.empathyCoachStarted) return;
    scope.empathyCoachStarted = true;
    const url = pageUrl();
    const host = new URL(url).hostname;
    const site = siteForUrl(url);
    let settings: Settings = await settingsItem.getValue();
    let sitePolicy = await getSitePolicy();
    let active = await getActivePacks();
    let analyzers = buildAnalyzers(active, settings);
    const insights = startInsightsRecorder(document, ctx.signal);
    let running: { coach: Coach; controller: AbortController } | null = null;

    // The coach asks for the analyzer and then the context of the same field in one task: the page's thread is
    // read once for both.
    let lastRead: { field: HTMLElement; conversation: Conversation | null } | null = null;
    const conversationOf = (field: HTMLElement): Conversation | null => {
      if (lastRead?.field !== field) {
        lastRead = { field, conversation: site?.isComposer(field) ? site.conversation(field) : null };
        queueMicrotask(() => (lastRead = null));
      }
      return lastRead.conversation;
    };

    const start = () => {
      const controller = new AbortController();
      const coach = startCoaching(
        document,
        {
          analyzer(field) {
            if (conversationOf(field)?.audience === 'internal') {
              return settings.internalNotes === 'off' ? null : settings.internalNotes === 'light' ? analyzers.light : analyzers.full;
            }
            return analyzers.full;
          },
          context(field) {
            const conversation = conversationOf(field);
            return conversation ? { customerMessage: conversation.customerMessage, channel: conversation.channel } : {};
          },
          get inputs() {
            return settings.inputSites.includes(host);
          },
          disableRule: (rule) => void disableRule(rule),
          canDisable: (rule) => !analyzers.locked.has(rule),
          ignoreEverywhere: (phrase) => void ignorePhrase(phrase),
          onEvent: insights.event,
          onReport: insights.report,
        },
        controller.signal,
      );
      running = { coach, controller };
    };
    const stop = () => {
      running?.controller.abort();
      running = null;
    };
    // The agent turns a site off (or on) in the popup, or IT in the policy: this page follows at once.
    const follow = () => {
      const on = !sitePolicy.disabledSites.includes(host) && (siteIsOn(settings, host, Boolean(site)) || sitePolicy.enabledSites.includes(host));
      if (!on) stop();
      else if (!running) start();
    };
    follow();

    const unwatchSettings = settingsItem.watch((next) => {
      const coaching = (s: Settings) => JSON.stringify([s.minSeverity, s.ignoredPhrases]);
      const changed = coaching(next) !== coaching(settings);
      settings = next;
      if (changed) analyzers = buildAnalyzers(active, settings);
      follow();
      if (changed) running?.coach.refresh();
    });
    // a new pack version, a removed pack, a rule turned off, a policy change: rebuild and redraw, no reload
    const unwatchPacks = watchActivePacks((next) => {
      active = next;
      analyzers = buildAnalyzers(next, settings);
      void getSitePolicy().then((policy) => {
        sitePolicy = policy;
        follow();
        running?.coach.refresh();
      });
    }, active.key);
    ctx.onInvalidated(() => {
      unwatchSettings();
      unwatchPacks();
      stop();
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      // only the frame with the coached field answers (the first answer wins: an editor's iframe would lose to the page)
      if (isMessage(message) && message.kind === 'get-report' && running?.coach.active) return Promise.resolve(running.coach.latest());
      return undefined;
    });
  },
});

function buildAnalyzers(active: ActivePacks, settings: Settings): { full: Analyzer; readonly light: Analyzer; locked: ReadonlySet<string> } {
  let light: Analyzer | undefined;
  const ignorePhrases = settings.ignoredPhrases;
  return {
    full: createMultilingualAnalyzer(active.packs, { disabledRules: active.disabledRules, minSeverity: settings.minSeverity, ignorePhrases }),
    // rules the policy locks: the popover offers no "turn off" for them
    locked: new Set(active.lockedRules),
    // internal notes, coached lightly: only what would hurt a colleague too; built the first time one is focused
    get light() {
      return (light ??= createMultilingualAnalyzer(active.packs, { disabledRules: active.disabledRules, minSeverity: 'warning', ignorePhrases }));
    },
  };
}

/** The page the agent is on: for an editor's about:blank or srcdoc frame (TinyMCE), the page around it. */
function pageUrl(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.href;
  } catch {
    // a cross-origin parent: its origin is all the frame may know
    const origins = location.ancestorOrigins;
    if (origins?.length) return `${origins[origins.length - 1]}/`;
  }
  return location.href;
}

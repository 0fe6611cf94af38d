/**
 * Scoring a practice reply against its scenario: which goals it meets (each with why), a score from 0 to 100,
 * the coaching the same engine gives inline, and the model reply scored the same way for the side-by-side view.
 */
import {
  ELEMENT_LABELS,
  type Analyzer,
  type CompiledRule,
  type Element,
  type ElementPlace,
  type Finding,
  type Report,
  type Signal,
} from '../engine';
import type { Scenario } from './scenarios';

export interface Goal {
  /** Stable key for progress records ("goals most often missed"): "element:acknowledgement", "rule:core/just". */
  key: string;
  kind: 'element' | 'rule';
  /** The element, or the qualified rule id. */
  id: string;
  /** Short, for a checklist: "Acknowledges the customer", "Avoids “you failed to”". */
  label: string;
}

export interface GoalResult extends Goal {
  met: boolean;
  /** False when the goal's rule is turned off for this agent: shown, but left out of the score. */
  checked: boolean;
  /** One or two sentences: what the reply did, or what it misses and why that matters to the customer. */
  why: string;
  /** Where in the reply: the sentence that carries an element, or the words that drew a rule. */
  places: Array<{ start: number; end: number }>;
  /** For a missed goal: text to add, or rewrites of the flagged words. */
  suggestions: string[];
}

export interface ReplyScore {
  text: string;
  /** 0 to 100: goals met (60), the draft's empathy score (40), less 10 for each warning (at most 30). */
  score: number;
  /** How the score was made, e.g. { label: "4 of 5 goals met", delta: 48 }. */
  scoreParts: Signal[];
  goals: GoalResult[];
  /** Everything the coaching flags, as it would inline. */
  findings: Finding[];
  /** The elements the reply contains and where, for highlighting. */
  elements: ElementPlace[];
  report: Report;
}

export interface AttemptResult extends ReplyScore {
  scenario: string;
  /** The scenario's model reply scored the same way, when it has one. */
  model?: ModelComparison;
}

export interface ModelComparison extends ReplyScore {
  /** Keys of goals the model reply meets and the attempt misses: where to look in the model. */
  metOnlyByModel: string[];
  /** The model's score minus the attempt's. */
  scoreGap: number;
}

const MISSING: Record<Element, string> = {
  greeting:
    'The reply opens without a greeting. A greeting, with their name if you have it, tells the customer a person is writing to them.',
  acknowledgement:
    "The reply never acknowledges how this has been for the customer. Until they feel heard, they can't take in the fix.",
  apology:
    'There is no apology. When something went wrong on our side, one sincere sorry that names the problem belongs before the fix.',
  thanks: "The reply doesn't thank the customer, for their patience, their report or their kind words.",
  'next-step':
    "The reply doesn't say what happens next. Customers relax when they know who does what; without it they write back to ask.",
  'time-frame':
    "The reply doesn't say when. Even a conservative time lets the customer plan, and stops them wondering.",
  closing: 'The reply stops without a closing. A warm sign-off ends on a human note and leaves the door open.',
};

const DEFAULT_SUGGESTIONS: Record<Element, string[]> = {
  greeting: ['Hi there,'],
  acknowledgement: ['I can see why this has been so frustrating.'],
  apology: ["I'm sorry we got this wrong."],
  thanks: ['Thank you for letting us know.'],
  'next-step': ["I'll keep an eye on this and update you by the end of the day."],
  'time-frame': ["You'll hear from me by the end of today."],
  closing: ['Best regards,'],
};

const GOALS_POINTS = 60;
const EMPATHY_POINTS = 40;
const WARNING_PENALTY = 10;
const WARNING_CAP = 30;

/** The scenario's goals, labelled for the page, before anything is written. */
export function scenarioGoals(analyzer: Analyzer, scenario: Scenario): Goal[] {
  const byId = rulesById(analyzer);
  return [
    ...scenario.goals.elements.map((element): Goal => ({
      key: `element:${element}`,
      kind: 'element',
      id: element,
      label: ELEMENT_LABELS[element],
    })),
    ...scenario.goals.rules.map((id): Goal => ({
      key: `rule:${id}`,
      kind: 'rule',
      id,
      label: ruleLabel(id, byId.get(id)),
    })),
  ];
}

/** Scores a reply to the scenario, and its model reply beside it. */
export function scoreAttempt(analyzer: Analyzer, scenario: Scenario, replyText: string): AttemptResult {
  const attempt = scoreReply(analyzer, scenario, replyText);
  const result: AttemptResult = { scenario: scenario.key, ...attempt };
  if (scenario.model !== undefined) {
    const model = scoreReply(analyzer, scenario, scenario.model);
    const missed = new Set(attempt.goals.filter((g) => g.checked && !g.met).map((g) => g.key));
    result.model = {
      ...model,
      metOnlyByModel: model.goals.filter((g) => g.met && missed.has(g.key)).map((g) => g.key),
      scoreGap: model.score - attempt.score,
    };
  }
  return result;
}

/** Scores one reply against the scenario's goals; what scoreAttempt does for the attempt and for the model. */
export function scoreReply(analyzer: Analyzer, scenario: Scenario, text: string): ReplyScore {
  const report = analyzer.analyze(text, { customerMessage: scenario.customerMessage, channel: scenario.channel });
  const elements = analyzer.elements(text);
  const blank = report.words === 0;
  const byId = rulesById(analyzer);
  const goals = scenarioGoals(analyzer, scenario).map((goal): GoalResult => {
    if (goal.kind === 'element') return elementGoal(goal, goal.id as Element, text, elements, byId);
    const rule = byId.get(goal.id);
    if (!rule)
      return {
        ...goal,
        met: false,
        checked: false,
        why: 'This rule is turned off, so it was not checked.',
        places: [],
        suggestions: [],
      };
    if (rule.element) return elementGoal(goal, rule.element, text, elements, byId);
    if (blank) return { ...goal, met: false, checked: true, why: 'Write a reply first.', places: [], suggestions: [] };
    return ruleGoal(
      goal,
      rule,
      report.findings.filter((f) => f.rule === goal.id),
    );
  });

  const checked = goals.filter((g) => g.checked);
  const met = checked.filter((g) => g.met).length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const scoreParts: Signal[] = [];
  if (!blank) {
    const share = checked.length ? met / checked.length : 1;
    scoreParts.push({
      label: checked.length ? `${met} of ${checked.length} goals met` : 'no goals to check',
      delta: Math.round(share * GOALS_POINTS),
    });
    scoreParts.push({
      label: `empathy ${report.scores.empathy}/100`,
      delta: Math.round((report.scores.empathy / 100) * EMPATHY_POINTS),
    });
    if (warnings)
      scoreParts.push({
        label: `${warnings} warning${warnings === 1 ? '' : 's'}`,
        delta: -Math.min(WARNING_CAP, warnings * WARNING_PENALTY),
      });
  }
  const score = Math.max(
    0,
    Math.min(
      100,
      scoreParts.reduce((n, p) => n + p.delta, 0),
    ),
  );
  return { text, score, scoreParts, goals, findings: report.findings, elements, report };
}

function elementGoal(
  goal: Goal,
  element: Element,
  text: string,
  elements: readonly ElementPlace[],
  byId: ReadonlyMap<string, CompiledRule>,
): GoalResult {
  const place = elements.find((p) => p.element === element);
  if (place) {
    return {
      ...goal,
      met: true,
      checked: true,
      why: `Found in “${excerpt(text.slice(place.start, place.end))}”`,
      places: [{ start: place.start, end: place.end }],
      suggestions: [],
    };
  }
  const rule = [...byId.values()].find((r) => r.element === element && r.suggest.length);
  const suggestions = rule ? rule.suggest : DEFAULT_SUGGESTIONS[element];
  return { ...goal, met: false, checked: true, why: MISSING[element], places: [], suggestions: [...suggestions] };
}

function ruleGoal(goal: Goal, rule: CompiledRule, findings: readonly Finding[]): GoalResult {
  if (!findings.length)
    return {
      ...goal,
      met: true,
      checked: true,
      why: 'Nothing in the reply was flagged for this.',
      places: [],
      suggestions: [],
    };
  const first = findings[0];
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  const why = [first.message + more, first.why ?? rule.why].filter(Boolean).join(' ');
  return {
    ...goal,
    met: false,
    checked: true,
    why,
    places: findings.map((f) => ({ start: f.start, end: f.end })),
    suggestions: [...new Set(findings.flatMap((f) => f.suggestions))],
  };
}

function rulesById(analyzer: Analyzer): Map<string, CompiledRule> {
  return new Map(analyzer.rules.map((r) => [r.rule, r]));
}

/** "core/you-failed-to" → "Avoids “you failed to”"; a require rule is labelled by its element. */
function ruleLabel(id: string, rule: CompiledRule | undefined): string {
  if (rule?.element) return ELEMENT_LABELS[rule.element];
  return `Avoids “${id.slice(id.indexOf('/') + 1).replace(/-/g, ' ')}”`;
}

function excerpt(sentence: string, max = 90): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * The practice catalogue: every scenario of the agent's packs, ready for the practice page, and the picker
 * behind "by pack, situation, difficulty, or surprise me". Pure: no DOM, no storage, randomness injected.
 */
import type { Difficulty, Element, PackSpec, ScenarioSpec, ThreadMessage } from '../engine';

/** A scenario as the practice page uses it: qualified ids, the thread always spelled out. */
export interface Scenario {
  /** "<packId>/<scenarioId>": unique among the agent's packs, stable for progress records. */
  key: string;
  id: string;
  pack: { id: string; name: string };
  title: string;
  situation: string;
  difficulty: Difficulty;
  channel: 'email' | 'chat';
  emotion: ScenarioSpec['emotion'];
  customer?: string;
  /** The conversation so far, oldest first; a single message is a thread of one. */
  thread: ThreadMessage[];
  /** The customer's message the reply answers (the thread's last). */
  customerMessage: string;
  /** Elements the reply must contain, and qualified ids of the rules it must not draw. */
  goals: { elements: Element[]; rules: string[] };
  model?: string;
  notes?: string;
}

export interface ScenarioFilter {
  pack?: string;
  situation?: string;
  difficulty?: Difficulty;
  channel?: 'email' | 'chat';
  /** Scenario keys to leave out while anything else matches (the one on screen, those done already). */
  avoid?: Iterable<string>;
}

/** Every scenario of the packs, in pack order; a later pack with the same id replaces an earlier one's. */
export function listScenarios(packs: readonly PackSpec[]): Scenario[] {
  const byKey = new Map<string, Scenario>();
  for (const pack of packs) {
    for (const spec of pack.scenarios ?? []) {
      const scenario = toScenario(pack, spec);
      byKey.delete(scenario.key);
      byKey.set(scenario.key, scenario);
    }
  }
  return [...byKey.values()];
}

function toScenario(pack: PackSpec, spec: ScenarioSpec): Scenario {
  const thread = spec.thread ?? [{ author: 'customer', text: spec.message ?? '' }];
  const lastFromCustomer = [...thread].reverse().find((m) => m.author === 'customer');
  const scenario: Scenario = {
    key: `${pack.id}/${spec.id}`,
    id: spec.id,
    pack: { id: pack.id, name: pack.name },
    title: spec.title,
    situation: spec.situation,
    difficulty: spec.difficulty,
    channel: spec.channel,
    emotion: spec.emotion,
    thread,
    customerMessage: lastFromCustomer?.text ?? '',
    goals: {
      elements: [...(spec.goals.elements ?? [])],
      rules: (spec.goals.rules ?? []).map((id) => (id.includes('/') ? id : `${pack.id}/${id}`)),
    },
  };
  if (spec.customer !== undefined) scenario.customer = spec.customer;
  if (spec.model !== undefined) scenario.model = spec.model;
  if (spec.notes !== undefined) scenario.notes = spec.notes;
  return scenario;
}

/** The scenarios that match every given criterion (`avoid` is not applied here). */
export function filterScenarios(scenarios: readonly Scenario[], filter: ScenarioFilter = {}): Scenario[] {
  return scenarios.filter(
    (s) =>
      (filter.pack === undefined || s.pack.id === filter.pack) &&
      (filter.situation === undefined || s.situation === filter.situation) &&
      (filter.difficulty === undefined || s.difficulty === filter.difficulty) &&
      (filter.channel === undefined || s.channel === filter.channel),
  );
}

/**
 * One scenario at random among those matching the filter, preferring any not in `avoid`; with an empty filter
 * this is "surprise me". `random` returns a number in [0, 1), as Math.random does. Undefined when none match.
 */
export function pickScenario(
  scenarios: readonly Scenario[],
  filter: ScenarioFilter = {},
  random: () => number = Math.random,
): Scenario | undefined {
  const matching = filterScenarios(scenarios, filter);
  const avoid = new Set(filter.avoid ?? []);
  const fresh = matching.filter((s) => !avoid.has(s.key));
  const pool = fresh.length ? fresh : matching;
  if (!pool.length) return undefined;
  const index = Math.min(pool.length - 1, Math.max(0, Math.floor(random() * pool.length)));
  return pool[index];
}

export interface ScenarioFacets {
  packs: Array<{ id: string; name: string; count: number }>;
  situations: Array<{ situation: string; count: number }>;
  difficulties: Array<{ difficulty: Difficulty; count: number }>;
}

/** What the picker can offer, with how many scenarios each choice has, in first-seen order (difficulties easy → hard). */
export function scenarioFacets(scenarios: readonly Scenario[]): ScenarioFacets {
  const packs = new Map<string, { id: string; name: string; count: number }>();
  const situations = new Map<string, number>();
  const difficulties = new Map<Difficulty, number>([
    ['easy', 0],
    ['medium', 0],
    ['hard', 0],
  ]);
  for (const s of scenarios) {
    const pack = packs.get(s.pack.id) ?? { ...s.pack, count: 0 };
    pack.count++;
    packs.set(s.pack.id, pack);
    situations.set(s.situation, (situations.get(s.situation) ?? 0) + 1);
    difficulties.set(s.difficulty, (difficulties.get(s.difficulty) ?? 0) + 1);
  }
  return {
    packs: [...packs.values()],
    situations: [...situations].map(([situation, count]) => ({ situation, count })),
    difficulties: [...difficulties].filter(([, count]) => count).map(([difficulty, count]) => ({ difficulty, count })),
  };
}

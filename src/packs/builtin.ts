/** The packs that ship with Empathy Coach, loaded at build time from rules/*.yaml (see scripts/yaml-plugin.mjs). */
import type { PackSpec } from '../engine';
import practiceDe from '../../rules/practice.de.yaml';
import practiceEs from '../../rules/practice.es.yaml';
import practiceFr from '../../rules/practice.fr.yaml';
import practicePt from '../../rules/practice.pt.yaml';
import practice from '../../rules/practice.yaml';
import { BUILTIN_RULE_PACKS } from './builtin-rules';

export { BUILTIN_RULE_PACKS };

// A pack of scenarios only has no `rules` in its file; loaded packs always carry a list (see load.ts).
export const BUILTIN_PACKS: readonly PackSpec[] = (
  [...BUILTIN_RULE_PACKS, practice, practiceEs, practiceFr, practiceDe, practicePt] as PackSpec[]
).map((pack) => ({ ...pack, rules: pack.rules ?? [] }));

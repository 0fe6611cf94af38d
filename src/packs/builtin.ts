/** The packs that ship with Empathy Coach, loaded at build time from rules/*.yaml (see scripts/yaml-plugin.mjs). */
import type { PackSpec } from '../engine';
import core from '../../rules/core.yaml';
import jargon from '../../rules/jargon.yaml';
import macros from '../../rules/macros.yaml';
import practice from '../../rules/practice.yaml';

// A pack of scenarios only has no `rules` in its file; loaded packs always carry a list (see load.ts).
export const BUILTIN_PACKS: readonly PackSpec[] = ([core, jargon, macros, practice] as PackSpec[]).map((pack) => ({ ...pack, rules: pack.rules ?? [] }));

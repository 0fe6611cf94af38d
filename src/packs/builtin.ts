/** The packs that ship with Empathy Coach, loaded at build time from rules/*.yaml (see scripts/yaml-plugin.mjs). */
import type { PackSpec } from '../engine';
import core from '../../rules/core.yaml';
import jargon from '../../rules/jargon.yaml';
import macros from '../../rules/macros.yaml';

export const BUILTIN_PACKS: readonly PackSpec[] = [core, jargon, macros] as PackSpec[];

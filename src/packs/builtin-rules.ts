/**
 * The built-in packs that hold rules: all that coaching on a page needs. Kept apart from the practice
 * scenarios (builtin.ts) so the content script does not carry their text.
 */
import type { PackSpec } from '../engine';
import core from '../../rules/core.yaml';
import coreEs from '../../rules/core.es.yaml';
import coreDe from '../../rules/core.de.yaml';
import coreFr from '../../rules/core.fr.yaml';
import corePt from '../../rules/core.pt.yaml';
import jargon from '../../rules/jargon.yaml';
import macros from '../../rules/macros.yaml';

// each language's core pack coaches only drafts in its language (see src/engine/lang/)
export const BUILTIN_RULE_PACKS: readonly PackSpec[] = [
  core,
  jargon,
  macros,
  coreEs,
  coreFr,
  coreDe,
  corePt,
] as PackSpec[];

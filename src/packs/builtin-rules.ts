/**
 * The built-in packs that hold rules: all that coaching on a page needs. Kept apart from the practice
 * scenarios (builtin.ts) so the content script does not carry their text.
 */
import type { PackSpec } from '../engine';
import core from '../../rules/core.yaml';
import jargon from '../../rules/jargon.yaml';
import macros from '../../rules/macros.yaml';

export const BUILTIN_RULE_PACKS: readonly PackSpec[] = [core, jargon, macros] as PackSpec[];

export { OptionsPage } from './OptionsPage';
export { packRows, type PackRow, type RuleRow } from './pack-rows';
export { createOptionsStore, useStoreState, type OptionsStore } from './store';
export { filterRules, ruleInfos, type RuleExample, type RuleInfo } from './rule-rows';

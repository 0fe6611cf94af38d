/**
 * Everything Empathy Coach keeps, in one place: each storage.local item declared once with a version (and its
 * migrations), the write queue, and the reads every context shares (the packs in force, the site policy).
 * The background worker writes pack sync state and insights; pages and tabs read and watch. Nothing here
 * ever holds the agent's text.
 */
export * from './packs';
export { mutate } from './mutate';
export { activePacksFrom, getActivePacks, qualifiedRuleIds, watchActivePacks, type ActivePacks } from './active-packs';
export { getSitePolicy, type SitePolicy } from './site-policy';
export { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsItem, type InternalNotes, type Settings } from './settings';
export { insightsItem } from './insights';
export * from './practice';

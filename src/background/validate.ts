/** Checks of what agents and IT type: a pack URL and a sync interval. Each returns a reason, or null when fine. */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkPackUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `"${text}" is not a URL`;
  }
  if (url.protocol === 'https:')
    return url.username || url.password ? 'a pack URL must not carry a user name or password' : null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'http:')
    return `"${text}" uses http: packs must come over https (http only on localhost or 127.0.0.1, for testing)`;
  return `"${text}" is not an https:// URL`;
}

export const MIN_INTERVAL_MINUTES = 15;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

export function checkIntervalMinutes(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'expected a whole number of minutes';
  if (value < MIN_INTERVAL_MINUTES || value > MAX_INTERVAL_MINUTES)
    return `expected ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} minutes (a week)`;
  return null;
}

/** English names of the languages the detector knows, for "No coaching for Russian yet". */
const NAMES: Record<string, string> = {
  am: 'Amharic', ar: 'Arabic', az: 'Azerbaijani', be: 'Belarusian', bg: 'Bulgarian', bn: 'Bengali', ca: 'Catalan', cs: 'Czech',
  da: 'Danish', de: 'German', el: 'Greek', en: 'English', es: 'Spanish', et: 'Estonian', eu: 'Basque', fa: 'Persian', fi: 'Finnish',
  fr: 'French', gu: 'Gujarati', he: 'Hebrew', hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', is: 'Icelandic',
  it: 'Italian', ja: 'Japanese', ka: 'Georgian', kn: 'Kannada', ko: 'Korean', ku: 'Kurdish', lo: 'Lao', lt: 'Lithuanian', lv: 'Latvian',
  ml: 'Malayalam', mr: 'Marathi', ms: 'Malay', nl: 'Dutch', no: 'Norwegian', or: 'Oriya', pa: 'Punjabi', pl: 'Polish', pt: 'Portuguese',
  ro: 'Romanian', ru: 'Russian', sk: 'Slovak', sl: 'Slovene', sq: 'Albanian', sr: 'Serbian', sv: 'Swedish', ta: 'Tamil', te: 'Telugu',
  th: 'Thai', tl: 'Tagalog', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', vi: 'Vietnamese', yo: 'Yoruba', zh: 'Chinese', af: 'Afrikaans',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** What the badge and the CLI say about a draft in a language no pack coaches. */
export function noCoachingText(code: string): string {
  return `No coaching for ${languageName(code)} yet`;
}

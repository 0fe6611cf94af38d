export { detectLanguage, detectorRunCount, mainLanguage, paragraphs, type Detection } from './detect';
export { createMultilingualAnalyzer, packLanguage, readAnyCustomer, type MultilingualAnalyzer } from './multilingual';
export { LANGUAGES_WITH_CUES, languageHooks } from './modules';
export { languageName, noCoachingText } from './names';

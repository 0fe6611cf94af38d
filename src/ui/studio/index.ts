export { checkForm, type StudioCheck } from './check';
export { fieldPaths, placeIssues } from './fields';
export { formFromPack, packFromForm, type FormPack } from './form';
export { importPackText, packToJson, packToYaml } from './pack-file';
export { signPackText } from './sign';
export { createStudioStore, type StudioStore } from './store';
export { StudioPage } from './StudioPage';
export { studioUrl, SUGGEST_HASH } from '../../messages/studio-url';
export { startTryIt } from './try-it';

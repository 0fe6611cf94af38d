import { fileURLToPath } from 'node:url';
import { readPolitenessRequests } from '../../eval/languages';

export { auc } from '../../eval/stats';

export function readPoliteness(language: string): Array<{ polite: boolean; text: string }> {
  return readPolitenessRequests(
    fileURLToPath(new URL(`../../../tests/corpus/politeness/${language}.tsv`, import.meta.url)),
  );
}

/**
 * Pack files in and out of the studio. An imported YAML file keeps its `yaml` Document: on export the document
 * is brought to the form's pack node by node, so every node the trainer did not change keeps its comments,
 * quoting and block style, and the key order of the file stays. A new pack is written in the order and style of
 * the built-in packs. Importing an export gives the same pack back.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { PackIssue } from '../../engine';
import { loadPack } from '../../packs';
import type { FormPack } from './form';
import { formFromPack } from './form-read';

export interface ImportedPack {
  form: FormPack;
  /** The parsed YAML file, for its comments (none for a JSON file). */
  doc?: Document;
}

export const NEW_PACK_COMMENT = ' Made in the Empathy Coach studio. Check it with "npx empathy-coach test FILE".';

/** Reads a pack file into the form, or the syntax errors the CLI would print for it (file, line and column). */
export function importPackText(
  text: string,
  file: string,
): { ok: true; pack: ImportedPack } | { ok: false; issues: PackIssue[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const loaded = loadPack(text, file, { examples: false });
    return {
      ok: false,
      issues: loaded.ok ? [{ file, path: '(syntax)', message: doc.errors[0].message }] : loaded.issues,
    };
  }
  const json = /^\s*[{[]/.test(text);
  return { ok: true, pack: { form: formFromPack(doc.toJS()), doc: json ? undefined : doc } };
}

/** The pack as a YAML file: the imported document brought up to date, or a new one. */
export function packToYaml(pack: Record<string, unknown>, doc?: Document): string {
  if (!doc) {
    const fresh = new Document(pack);
    flowShortLists(fresh.contents);
    fresh.commentBefore = NEW_PACK_COMMENT;
    return fresh.toString({ lineWidth: 0 });
  }
  const copy = doc.clone();
  copy.contents = syncNode(copy, copy.contents as YamlNode | null, pack);
  return copy.toString({ lineWidth: 0 });
}

export function packToJson(pack: Record<string, unknown>): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Brings one node to `value`, changing as little as it can, and returns the node to keep in its place. */
function syncNode(doc: Document, node: YamlNode | null, value: unknown): YamlNode {
  if (isPlainObject(value) && isMap(node)) {
    node.items = node.items.filter((pair) => isScalar(pair.key) && Object.hasOwn(value, String(pair.key.value)));
    for (const pair of node.items) {
      const key = String((pair.key as { value: unknown }).value);
      pair.value = syncNode(doc, pair.value as YamlNode | null, value[key]);
    }
    const present = new Set(node.items.map((pair) => String((pair.key as { value: unknown }).value)));
    for (const [key, v] of Object.entries(value))
      if (!present.has(key)) node.items.push(doc.createPair(key, created(doc, v)));
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    node.items = value.map((v, i) => syncNode(doc, (node.items[i] as YamlNode | undefined) ?? null, v));
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  // the shape changed (a string became a list…): a new node, with the old one's comments
  const fresh = created(doc, value);
  if (node) {
    fresh.commentBefore = node.commentBefore;
    fresh.comment = node.comment;
  }
  return fresh;
}

function created(doc: Document, value: unknown): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  flowShortLists(node);
  return node;
}

/** Short lists of words on one line (`phrases: [unfortunately, regrettably]`), as the built-in packs write them. */
function flowShortLists(node: unknown): void {
  if (isSeq(node)) {
    const words = node.items.every(
      (item) => isScalar(item) && typeof item.value === 'string' && !item.value.includes('\n'),
    );
    const length = node.items.reduce(
      (sum: number, item) => sum + String((item as { value?: unknown }).value ?? '').length + 2,
      0,
    );
    if (words && node.items.length && length <= 60) node.flow = true;
    node.items.forEach(flowShortLists);
  } else if (isMap(node)) node.items.forEach((pair) => flowShortLists(pair.value));
}

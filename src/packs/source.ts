/**
 * Parses a pack's text (YAML or JSON: JSON is read by the same YAML 1.2 parser) and keeps the document, so any
 * later error (schema, compile, examples) can name the line and column it comes from.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { PackIssue } from '../engine';
import type { PathSegment } from './path';
import { formatPath } from './path';

export interface PackSource {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value at a path, or of the key itself when `key` is true. */
  locate(path: readonly PathSegment[], key?: boolean): { line: number; column: number } | undefined;
  issue(path: readonly PathSegment[], message: string, key?: boolean): PackIssue;
}

export function readPackSource(text: string, file: string): { source?: PackSource; issues: PackIssue[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys: false because yaml's own check compares every key of a mapping with every other (45,000 keys held
  // the worker for 33 s); duplicateKeys below does the same in one pass.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length) {
    return {
      issues: doc.errors.map((e) => ({
        file,
        path: '(syntax)',
        ...position(e.pos[0]),
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const repeated = duplicateKeys(doc);
  if (repeated.length)
    return {
      issues: repeated.map(({ offset, key }) => ({
        file,
        path: '(syntax)',
        ...position(offset),
        message: `Map keys must be unique: "${key}" is repeated`,
      })),
    };
  const locate: PackSource['locate'] = (path, key = false) => {
    // walk up until some node exists: an error about a missing field points at the object that lacks it
    for (let depth = path.length; depth >= 0; depth--) {
      const parentPath = path.slice(0, Math.max(0, depth - 1));
      const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
      if (depth > 0 && isMap(parent)) {
        const pair = parent.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[depth - 1]),
        );
        if (pair) {
          const node = key || !pair.value ? pair.key : pair.value;
          const range = (node as { range?: [number, number, number] }).range;
          if (range) return position(range[0]);
        }
        continue;
      }
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) return position(range[0]);
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      issues: [
        {
          file,
          path: '(syntax)',
          ...position(firstAlias(doc)),
          message: `aliases (*name): ${(error as Error).message}`,
        },
      ],
    };
  }
  const size = storedSize(data, MAX_STORED_CHARS);
  if (size > MAX_STORED_CHARS) {
    return {
      issues: [
        {
          file,
          path: '(the pack)',
          ...position(firstAlias(doc)),
          message: `the pack is too large once its aliases (*name) are written out: over ${MAX_STORED_CHARS / 1_000_000} million characters, the most a pack may take in the browser's storage`,
        },
      ],
    };
  }
  const source: PackSource = {
    file,
    data,
    locate,
    issue: (path, message, key) => ({ file, path: formatPath(path), ...locate(path, key), message }),
  };
  return { source, issues: [] };
}

/**
 * yaml refuses an alias used more often than this (times the aliases inside its anchor): its default of 100 refused
 * an honest pack that shares one `when:` among 101 rules. What aliases cost is bounded by MAX_STORED_CHARS instead.
 */
const MAX_ALIAS_COUNT = 100_000;

/**
 * The most characters a pack may take once stored (as JSON, every alias written out): storage.local holds 10 MB
 * for every pack, its last good version and the agent's settings together, and a 934 KB file of aliases grew to
 * 88 MB.
 */
export const MAX_STORED_CHARS = 2_000_000;

/** The JSON length of a value, counted until it passes `limit` (an aliased list is counted at each use). */
export function storedSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const item of v) stack.push(item);
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        size += k.length + 4;
        stack.push(item);
      }
      size += 2;
    } else size += String(v).length;
  }
  return size;
}

/** Where the first alias is (the cause when a pack grows too large to store), or the start of the file. */
function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Keys repeated within one mapping, in one pass over the document (a Set per mapping). */
function duplicateKeys(doc: Document): Array<{ offset: number; key: string }> {
  const out: Array<{ offset: number; key: string }> = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) out.push({ offset: pair.key.range?.[0] ?? 0, key });
        else seen.add(key);
      }
    },
  });
  return out;
}

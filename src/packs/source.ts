/**
 * Parses a pack's text (YAML or JSON: JSON is read by the same YAML 1.2 parser) and keeps the document, so any
 * later error (schema, compile, examples) can name the line and column it comes from.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
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
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
  const locate: PackSource['locate'] = (path, key = false) => {
    // walk up until some node exists: an error about a missing field points at the object that lacks it
    for (let depth = path.length; depth >= 0; depth--) {
      const parentPath = path.slice(0, Math.max(0, depth - 1));
      const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
      if (depth > 0 && isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[depth - 1]));
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
  const source: PackSource = {
    file,
    data: doc.toJS(),
    locate,
    issue: (path, message, key) => ({ file, path: formatPath(path), ...locate(path, key), message }),
  };
  return { source, issues: [] };
}

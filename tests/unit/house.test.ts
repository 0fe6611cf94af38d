/**
 * The house stays readable: no source file in src/ or entrypoints/ over 300 lines (tests aside), and the content
 * script's entrypoint only wires (at most 40 lines), as WXT's templates do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the house', () => {
  it('keeps every source file under 300 lines', () => {
    const long = [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'entrypoints'))]
      .map((file) => `${path.relative(ROOT, file)}: ${lines(file)} lines`)
      .filter((entry) => Number(/(\d+) lines$/.exec(entry)![1]) > 300);
    expect(long).toEqual([]);
  });

  it('keeps the content entrypoint to wiring', () => {
    expect(lines(path.join(ROOT, 'entrypoints/content/index.ts'))).toBeLessThanOrEqual(40);
  });
});

/**
 * Imports go one way (docs/architecture.md). The linter enforces it (eslint.boundaries.js); these tests prove
 * each layer's rule bites on a wrong-way import and lets the right way through, and that no module of src/ or
 * entrypoints/ takes part in an import cycle.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, importPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${importPath}';\nexport const y = x;\n`, {
    filePath: path.join(ROOT, file),
  });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/engine/scores.ts', '../packs'],
    ['src/engine/kinds/phrase.ts', '../../storage'],
    ['src/engine/text.ts', '#imports'],
    ['src/packs/load.ts', '../background/sync'],
    ['src/practice/score.ts', '../storage'],
    ['src/storage/packs.ts', '../background'],
    ['src/settings/index.ts', '../content/coach'],
    ['src/insights/store.ts', '../ui/options'],
    ['src/background/sync.ts', '../content/overlay/Overlay'],
    ['src/content/field.ts', '../background/sync'],
    ['src/ui/options/store.ts', '../../background/store'],
    ['src/ui/popup/site.ts', '../../content/overlay/styles'],
    ['src/cli/check.ts', '../storage'],
    ['src/eval/stats.ts', '../../bench/corpus.mjs'],
  ])('refuses %s importing %s', async (file, importPath) => {
    expect(await restricted(file, importPath)).toHaveLength(1);
  });

  it.each([
    ['src/packs/load.ts', '../engine'],
    ['src/storage/packs.ts', '../engine'],
    ['src/background/sync.ts', '../storage'],
    ['src/background/sites.ts', '../content/sites'],
    ['src/content/field.ts', '../storage'],
    ['src/ui/options/store.ts', '../../storage'],
    ['src/ui/practice/coaching.ts', '../../content/coach'],
    ['src/cli/check.ts', '../packs'],
  ])('lets %s import %s', async (file, importPath) => {
    expect(await restricted(file, importPath)).toEqual([]);
  });
});

/** Every .ts/.tsx/.mjs file under a folder, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.(test|d)\.m?tsx?$/.test(name) ? [full] : [];
  });
}

/** The file a relative import names, as the bundler resolves it, or null for packages. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Import cycles among files, each as the list of files around it (Tarjan's strongly connected components). */
export function importCycles(files: string[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    // value imports only: `import type` is erased and cannot make a module wait for another
    const specs = [
      ...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ].map((m) => m[1]);
    edges.set(
      file,
      specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null),
    );
  }
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1 || edges.get(v)?.includes(v)) cycles.push(component.map((f) => path.relative(ROOT, f)));
    }
  };
  for (const file of edges.keys()) if (!order.has(file)) visit(file);
  return cycles;
}

describe('module graph', () => {
  it('finds a cycle through value imports, not through type imports', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
      writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = c;\n");
      writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
      writeFileSync(path.join(dir, 'd.ts'), "import type { A } from './e';\nexport type D = A;\n");
      writeFileSync(path.join(dir, 'e.ts'), "import type { D } from './d';\nexport type A = D;\n");
      const cycles = importCycles(['a', 'b', 'c', 'd', 'e'].map((f) => path.join(dir, `${f}.ts`)));
      expect(cycles.map((c) => c.map((f) => path.basename(f)).sort())).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no import cycle in src/ or entrypoints/', () => {
    expect(importCycles([...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'entrypoints'))])).toEqual([]);
  });
});

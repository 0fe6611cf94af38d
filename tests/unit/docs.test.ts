/**
 * The docs stay true to the code and to the repository: every helpdesk adapter has its row in docs/helpdesks.md,
 * every rule kind its section in docs/trainers.md, every relative link resolves inside the repository, and the
 * README stays a front page (at most 250 lines), with the detail in docs/ by audience.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_KINDS } from '../../src/engine';
import { SITES } from '../../src/content/sites';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Every relative link target of a markdown file: [text](target) and ![alt](target), anchors dropped. */
export function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  return targets.filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#')).map((t) => t.replace(/#.*$/, ''));
}

describe('docs', () => {
  it('keeps the README a front page', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('has an architecture document and a contributing guide', () => {
    expect(read('docs/architecture.md')).toMatch(/## Contracts/);
    expect(read('CONTRIBUTING.md')).toMatch(/## Recipe: a new editor/);
  });

  it.each(DOCS)('%s links only to files inside the repository', (file) => {
    const text = read(file);
    for (const link of relativeLinks(text)) {
      const target = path.resolve(ROOT, path.dirname(file), link);
      expect(target.startsWith(ROOT + path.sep), `${file}: ${link} points outside the repository`).toBe(true);
      expect(existsSync(target), `${file}: ${link} does not exist`).toBe(true);
    }
    expect(text, `${file} names a path outside the repository`).not.toMatch(/\.\.\/shared\b/);
  });

  it('gives every helpdesk adapter its row in docs/helpdesks.md', () => {
    const rows = read('docs/helpdesks.md')
      .split('\n')
      .filter((line) => line.startsWith('| '));
    for (const site of SITES)
      expect(
        rows.some((row) => row.includes(site.name)),
        `no row for ${site.name}`,
      ).toBe(true);
  });

  it('gives every rule kind its section in docs/trainers.md', () => {
    const headings = read('docs/trainers.md')
      .split('\n')
      .filter((line) => line.startsWith('### '));
    for (const kind of Object.keys(RULE_KINDS)) expect(headings, `no section for ${kind}`).toContain(`### \`${kind}\``);
  });

  it('finds links the way a reader follows them', () => {
    expect(relativeLinks('[a](docs/x.md#y) ![b](p.png) [c](https://e.x) [d](#top)')).toEqual(['docs/x.md', 'p.png']);
  });
});

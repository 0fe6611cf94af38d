import { parseDocument, LineCounter, Parser } from 'yaml';
for (const n of [10000, 20000]) {
const keys = Array.from({ length: n }, (_, i) => `  w${i}: 1\n`).join('');
const text = `id: a\nvocabulary:\n${keys}`;
let t = performance.now();
for (const tok of new Parser().parse(text)) {}
console.log(n, 'cst', performance.now() - t);
t = performance.now();
parseDocument(text, { uniqueKeys: false });
console.log(n, 'doc', performance.now() - t);
t = performance.now();
parseDocument(`{${Array.from({ length: n }, (_, i) => `"w${i}": 1`).join(',')}}`, { uniqueKeys: false });
console.log(n, 'json flow', performance.now() - t);
}

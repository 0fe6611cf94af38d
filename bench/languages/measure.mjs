// Detection accuracy, speed and bundle size on bench/languages/short-replies.json (docs/languages.md).
// eld is a dependency; franc-min and cld3-asm are measured when installed (npm install --no-save franc-min cld3-asm).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const { texts } = JSON.parse(readFileSync(new URL('./short-replies.json', import.meta.url), 'utf8'));
const ISO3 = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  hun: 'hu',
  afr: 'af',
  vie: 'vi',
  pol: 'pl',
};
const tools = {};
tools['eld (extrasmall)'] = {
  entry: "import { eld } from 'eld/extrasmall'; console.log(eld.detect('x'))",
  detect: (await import('eld/extrasmall')).eld.detect,
};
try {
  const { franc } = await import('franc-min');
  tools['franc-min'] = {
    entry: "import { franc } from 'franc-min'; console.log(franc('x'))",
    detect: (t) => ({ language: ISO3[franc(t, { minLength: 3 })] ?? '' }),
  };
} catch {
  /* not installed */
}
try {
  const { loadModule } = await import('cld3-asm');
  const identifier = (await loadModule()).create(0, 1000);
  tools['cld3-asm'] = {
    entry: "import { loadModule } from 'cld3-asm'; loadModule().then(console.log)",
    detect: (t) => identifier.findLanguage(t),
  };
} catch {
  /* not installed */
}

for (const [name, { entry, detect }] of Object.entries(tools)) {
  const per = {};
  let right = 0;
  for (const [language, text] of texts) {
    const ok = detect(text).language === language;
    per[language] = per[language] ?? [0, 0];
    per[language][1]++;
    if (ok) {
      per[language][0]++;
      right++;
    }
  }
  const started = performance.now();
  for (let round = 0; round < 10; round++) for (const [, text] of texts) detect(text);
  const micros = ((performance.now() - started) * 1000) / (10 * texts.length);
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  console.log(
    `${name}: ${((100 * right) / texts.length).toFixed(1)}% · ${micros.toFixed(0)} µs a text · ${(code.length / 1024).toFixed(0)} KB (${(gzipSync(code).length / 1024).toFixed(0)} KB gzip)`,
  );
  console.log(
    '  ' +
      Object.entries(per)
        .map(([l, [a, b]]) => `${l} ${a}/${b}`)
        .join(' · '),
  );
}

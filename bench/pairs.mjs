/**
 * The `check --pairs` section of `npm run bench`: the CLI, bundled into the bench's temp dir, checks 1,000 and
 * then 10,000 generated customer/reply pairs in one process each, output discarded. Reports throughput and the
 * process's peak memory (maxRSS): memory is flat when the 10,000-pair peak is about the 1,000-pair peak.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createRandom } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CUSTOMERS = [
  'My parcel arrived damaged. Can you send a replacement? Also, will I get the delivery fee back?',
  'I returned the jacket two weeks ago. When will I get my refund?',
  "This is the third time I'm writing. Why was I charged twice for order {n}??",
  'hi how do i export my data to excel',
  'My mother passed away last month. I need to close her account. What documents do you need?',
  'Thank you so much, the new dashboard is amazing!',
];
const REPLIES = [
  "Hi Jo,\n\nI'm so sorry it arrived damaged. I've sent a replacement today and it should arrive on Thursday.\n\nBest,\nAna",
  'Hi Sam,\n\nYour refund for order {n} was processed yesterday and will reach your card within 3 to 5 business days.\n\nBest,\nLee',
  "Unfortunately you failed to read our policy. Please calm down, we're looking into it.",
  'Go to Reports, click Export and choose Excel. The file downloads straight away.',
  "Dear Ruth,\n\nI'm so sorry for your loss. All we need is a copy of the death certificate.\n\nWith sympathy,\nJoe",
];

async function writePairs(file, count) {
  const random = createRandom(count);
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const n = String(10000 + Math.floor(random() * 89999));
    const pick = (list) => list[Math.floor(random() * list.length)].replaceAll('{n}', n);
    const line = `${JSON.stringify({ id: `p${i}`, context: pick(CUSTOMERS), reply: pick(REPLIES) })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** Runs the bundled CLI on `file`; resolves with the wall time (ms), peak RSS (bytes) and lines printed. */
function runPairs(cli, file) {
  const script = `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));
process.argv.splice(1, 0, 'empathy-coach'); await import(${JSON.stringify(pathToFileURL(cli).href)});`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, 'check', '--pairs', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = Number(err.match(/maxrss (\d+)/)?.[1] ?? NaN) * 1024;
      if (code !== 0 && code !== 1) reject(new Error(`check --pairs exited ${code}: ${err}`));
      else resolve({ ms: performance.now() - started, rss, lines });
    });
  });
}

export async function benchPairs(tmp) {
  const cli = path.join(tmp, 'cli.mjs');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), cli], { stdio: 'inherit' });
  const rows = [];
  for (const count of [1000, 10000]) {
    const file = path.join(tmp, `pairs-${count}.jsonl`);
    await writePairs(file, count);
    const run = await runPairs(cli, file);
    if (run.lines !== count) throw new Error(`check --pairs printed ${run.lines} lines for ${count} pairs`);
    rows.push({ count, ...run });
  }
  return rows;
}

export function printPairs(rows) {
  console.log('\ncheck --pairs: one process, generated customer/reply pairs, output discarded');
  console.log('pairs     wall s   pairs/s   peak RSS MB');
  for (const r of rows) {
    console.log(
      `${String(r.count).padEnd(8)}  ${(r.ms / 1000).toFixed(1).padStart(6)}  ${Math.round(r.count / (r.ms / 1000))
        .toString()
        .padStart(8)}  ${(r.rss / 1048576).toFixed(0).padStart(12)}`,
    );
  }
  const [small, large] = rows;
  console.log(
    `memory: ${(large.rss / small.rss).toFixed(2)}× the 1,000-pair peak for 10× the pairs (flat when near 1×)`,
  );
}

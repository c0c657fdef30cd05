// Side-by-side benchmark in ONE headless Chromium: A (the widget, release
// build) and B (SurveyJS with the same questions) alternate A B A B for
// ROUNDS rounds, each visit in a fresh browser context (cold cache). Prints
// medians and the ratios A/B; writes bench/results/latest.json.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startBenchServer } from './server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const PAGES = { A: '/bench/widget.html', B: '/bench/surveyjs.html' };
const LOADED = /\.(js|css|wasm)$/;

const server = await startBenchServer();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function visit(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 30_000 });
  const result = await page.evaluate(() => window.benchResult);
  if (result.error) throw new Error(`${path}: ${result.error}`);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => [r.name, r.encodedBodySize]));
  const files = resources.filter(([name]) => LOADED.test(new URL(name).pathname) && !new URL(name).pathname.startsWith('/bench/'));
  await context.close();
  return {
    transferBytes: files.reduce((sum, [, size]) => sum + size, 0),
    files: Object.fromEntries(files.map(([name, size]) => [new URL(name).pathname, size])),
    firstQuestionMs: result.firstQuestion,
    clickToDomMs: median(result.clickToDom),
    clickToDomWorstMs: Math.max(...result.clickToDom),
    clickToFrameMs: median(result.clickToFrame),
    nextFramePaints: result.framesToPaint.filter((n) => n <= 1).length / result.framesToPaint.length,
    completeMs: result.complete,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const runs = { A: [], B: [] };
for (let round = 1; round <= ROUNDS; round++) {
  for (const side of ['A', 'B']) runs[side].push(await visit(PAGES[side]));
  process.stdout.write(`round ${round}/${ROUNDS}\r`);
}
await browser.close();
server.close();

const METRICS = [
  ['transferBytes', 'Transfer (gzip, JS + wasm + CSS)', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['firstQuestionMs', 'Navigation → first question interactive', (v) => `${v.toFixed(1)} ms`],
  ['clickToDomMs', 'Click → next question in the DOM (median of 14)', (v) => `${v.toFixed(2)} ms`],
  ['clickToDomWorstMs', 'Click → next question in the DOM, slowest of 14', (v) => `${v.toFixed(2)} ms`],
  ['clickToFrameMs', 'Click → next frame after that update (median of 14)', (v) => `${v.toFixed(2)} ms`],
  ['nextFramePaints', 'Steps painted in the very next frame', (v) => `${(v * 100).toFixed(0)}%`],
  ['completeMs', 'Complete all 15 questions', (v) => `${v.toFixed(1)} ms`],
];
const summary = {};
console.log(`\n${ROUNDS} rounds, medians, A = widget, B = SurveyJS 2.5.38\n`);
console.log('| Measure | A: widget | B: SurveyJS | A/B |');
console.log('|---|---:|---:|---:|');
for (const [key, label, show] of METRICS) {
  const a = median(runs.A.map((r) => r[key]));
  const b = median(runs.B.map((r) => r[key]));
  summary[key] = { A: a, B: b, ratio: a / b };
  console.log(`| ${label} | ${show(a)} | ${show(b)} | ${(a / b).toFixed(2)}× |`);
}
console.log('\nFiles (gzip bytes):');
for (const side of ['A', 'B']) console.log(`  ${side}: ${JSON.stringify(runs[side][0].files)}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify({ rounds: ROUNDS, date: new Date().toISOString(), summary, runs }, null, 2));

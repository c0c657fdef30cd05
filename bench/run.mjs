// Side-by-side benchmark in ONE headless Chromium: A (the widget, release
// build, the two-line embed), A+ (the same with the README's two optional
// preload hints) and B (SurveyJS with the same questions) alternate
// A A+ B A A+ B for ROUNDS rounds per profile, each visit in a fresh browser
// context (cold cache). Profiles (PROFILES=desktop,mobile, both by default):
//   desktop  1280×900, no throttling;
//   mobile   Lighthouse's mobile throttling through CDP: 150 ms round trip,
//            1.6 Mbps down, 750 kbps up, CPU 4× slower; a 412×823 touch
//            screen at 1.75×.
// Files are served compressed (bench/server.mjs), each profile once with
// gzip and once with brotli (ENCODINGS=gzip,br, both by default). Prints
// medians, the ratios A/B, the mobile network floor and a waterfall of A's
// files; writes bench/results/latest.json. TRACE=1 also writes a Chrome
// trace of one mobile visit of A to bench/results/mobile-widget-trace.json.
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startBenchServer } from './server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const PROFILE_NAMES = (process.env.PROFILES ?? 'desktop,mobile').split(',');
const ENCODINGS = (process.env.ENCODINGS ?? 'gzip,br').split(',');
const PAGES = { A: '/bench/widget.html', 'A+': '/bench/widget-preload.html', B: '/bench/surveyjs.html' };
const SIDES = Object.keys(PAGES);
const LOADED = /\.(js|css|wasm)$/;
const RESULTS = new URL('./results/', import.meta.url);

const MOBILE_NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const PROFILES = {
  desktop: { context: { viewport: { width: 1280, height: 900 } } },
  mobile: {
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    async throttle(page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE_NETWORK });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    },
  },
};
// Requests on the critical path before the engine runs. A: the page, the
// loader, then the engine's JS, its wasm and the stylesheet in parallel.
// A+: the page, then everything at once (the stylesheet follows the loader,
// but is small and off the path to the wasm). The build-time first screens
// need only the page, the loader and the stylesheet.
const ROUND_TRIPS = { A: 3, 'A+': 2 };

mkdirSync(RESULTS, { recursive: true });
const servers = Object.fromEntries(await Promise.all(ENCODINGS.map(async (encoding) => [encoding, await startBenchServer(0, { encoding })])));
const browser = await launchChromium();

async function visit(profile, encoding, path, trace) {
  const base = `http://127.0.0.1:${servers[encoding].address().port}`;
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  await profile.throttle?.(page);
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
  await page.goto(base + path);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 60_000 });
  if (trace) await browser.stopTracing();
  const result = await page.evaluate(() => window.benchResult);
  if (result.error) throw new Error(`${path}: ${result.error}`);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((r) => ({ name: r.name, size: r.encodedBodySize, start: r.startTime, firstByte: r.responseStart, end: r.responseEnd })));
  const files = resources.filter(({ name }) => LOADED.test(new URL(name).pathname) && !new URL(name).pathname.startsWith('/bench/'));
  await context.close();
  return {
    transferBytes: files.reduce((sum, file) => sum + file.size, 0),
    files: Object.fromEntries(files.map((file) => [new URL(file.name).pathname, file])),
    paintedMs: result.painted,
    startShownMs: result.startShown,
    firstQuestionMs: result.firstQuestion,
    clickToDomMs: median(result.clickToDom),
    clickToDomWorstMs: Math.max(...result.clickToDom),
    clickToFrameMs: median(result.clickToFrame),
    nextFramePaints: result.framesToPaint.filter((n) => n <= 1).length / result.framesToPaint.length,
    completeMs: result.complete,
    layoutShift: result.layoutShift,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const METRICS = [
  ['transferBytes', 'Transfer (JS + wasm + CSS)', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['paintedMs', 'Navigation → widget painted', (v) => `${v.toFixed(1)} ms`],
  ['startShownMs', 'Navigation → Start button shown', (v) => `${v.toFixed(1)} ms`],
  ['firstQuestionMs', 'Navigation → first question interactive', (v) => `${v.toFixed(1)} ms`],
  ['clickToDomMs', 'Click → next question in the DOM (median of 14)', (v) => `${v.toFixed(2)} ms`],
  ['clickToDomWorstMs', 'Click → next question in the DOM, slowest of 14', (v) => `${v.toFixed(2)} ms`],
  ['clickToFrameMs', 'Click → next frame after that update (median of 14)', (v) => `${v.toFixed(2)} ms`],
  ['nextFramePaints', 'Steps painted in the very next frame', (v) => `${(v * 100).toFixed(0)}%`],
  ['completeMs', 'Complete all 15 questions', (v) => `${v.toFixed(1)} ms`],
  ['layoutShift', 'Cumulative layout shift of the page', (v) => v.toFixed(3)],
];

const report = { rounds: ROUNDS, date: new Date().toISOString(), chromium: browser.version(), profiles: {} };
for (const [profileName, encoding] of PROFILE_NAMES.flatMap((p) => ENCODINGS.map((e) => [p, e]))) {
  const profile = PROFILES[profileName];
  if (!profile) throw new Error(`unknown profile ${profileName}; known: ${Object.keys(PROFILES).join(', ')}`);
  const name = `${profileName}, ${encoding}`;
  const runs = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const side of SIDES) runs[side].push(await visit(profile, encoding, PAGES[side]));
    process.stdout.write(`${name}: round ${round}/${ROUNDS}\r`);
  }
  if (process.env.TRACE && profileName === 'mobile' && encoding === ENCODINGS[0]) {
    await visit(profile, encoding, PAGES.A, new URL('mobile-widget-trace.json', RESULTS).pathname);
  }

  const summary = {};
  console.log(`\n\n## ${name}: ${ROUNDS} rounds, medians; A = widget, A+ = widget with preload hints, B = SurveyJS 2.5.38\n`);
  console.log('| Measure | A | A+ | B: SurveyJS | A/B | A+/B |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [key, label, show] of METRICS) {
    const value = Object.fromEntries(SIDES.map((side) => [side, median(runs[side].map((r) => r[key]))]));
    summary[key] = { ...value, ratio: value.A / value.B, ratioPreload: value['A+'] / value.B };
    console.log(`| ${label} | ${show(value.A)} | ${show(value['A+'])} | ${show(value.B)} | ${(value.A / value.B).toFixed(2)}× | ${(value['A+'] / value.B).toFixed(2)}× |`);
  }
  if (profileName === 'mobile') {
    summary.networkFloorMs = {};
    for (const side of ['A', 'A+']) {
      const bytes = summary.transferBytes[side];
      const floor = ROUND_TRIPS[side] * MOBILE_NETWORK.latency + (bytes / MOBILE_NETWORK.downloadThroughput) * 1000;
      summary.networkFloorMs[side] = floor;
      console.log(`\nNetwork floor for ${side}'s engine: ${ROUND_TRIPS[side]} round trips × ${MOBILE_NETWORK.latency} ms + ${(bytes / 1024).toFixed(1)} KB at ${MOBILE_NETWORK.downloadThroughput / 1000} kB/s = ${floor.toFixed(0)} ms; first question at ${(summary.firstQuestionMs[side] / floor).toFixed(2)}× the floor.`);
    }
  }
  // Where A's time goes: each file's request start, first byte and last
  // byte (medians), then the Start button and the first question.
  const waterfall = {};
  for (const path of Object.keys(runs.A[0].files)) {
    waterfall[path] = Object.fromEntries(['start', 'firstByte', 'end'].map((k) => [k, median(runs.A.map((r) => r.files[path][k]))]));
  }
  summary.waterfallA = waterfall;
  console.log(`\nA's waterfall (${name}, ms from navigation start: request → first byte → last byte):`);
  for (const [path, t] of Object.entries(waterfall)) {
    console.log(`  ${path.padEnd(34)} ${t.start.toFixed(0).padStart(6)} → ${t.firstByte.toFixed(0).padStart(6)} → ${t.end.toFixed(0).padStart(6)}`);
  }
  console.log(`  ${'widget painted'.padEnd(34)} ${summary.paintedMs.A.toFixed(0).padStart(6)}`);
  console.log(`  ${'Start button shown'.padEnd(34)} ${summary.startShownMs.A.toFixed(0).padStart(6)}`);
  console.log(`  ${'first question interactive'.padEnd(34)} ${summary.firstQuestionMs.A.toFixed(0).padStart(6)}`);
  console.log(`\nFiles (${encoding} bytes):`);
  for (const side of ['A', 'B']) {
    console.log(`  ${side}: ${JSON.stringify(Object.fromEntries(Object.entries(runs[side][0].files).map(([path, f]) => [path, f.size])))}`);
  }
  report.profiles[name] = { summary, runs };
}
await browser.close();
for (const server of Object.values(servers)) server.close();
writeFileSync(new URL('latest.json', RESULTS), JSON.stringify(report, null, 2));

// Size test (part of scripts/test.sh, after the release build): the gzip
// total (level 9) of every JS, wasm and CSS file the widget loads must stay
// within BUDGET_KB. Brotli (quality 11) is printed beside it, as many CDNs
// send it. The file list is read from the loader itself, so a file it
// starts loading cannot escape the count. Figures and history: BENCH.md.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const DIST = new URL('../dist/', import.meta.url);

const loader = readFileSync(new URL('cio-cmo-advisor.js', DIST), 'utf8');
const loaded = [...loader.matchAll(/new URL\(\s*["']([^"']+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);
const files = ['cio-cmo-advisor.js', ...new Set(loaded)];
if (files.length < 4) throw new Error(`expected the loader to load the engine (JS + wasm) and its CSS; found ${files.join(', ')}`);

let total = 0;
let totalBrotli = 0;
for (const file of files) {
  const bytes = readFileSync(new URL(file, DIST));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += gzipped;
  totalBrotli += brotli;
  console.log(`${file.padEnd(32)} ${String(bytes.length).padStart(8)} B raw ${(gzipped / 1024).toFixed(1).padStart(7)} KB gzip ${(brotli / 1024).toFixed(1).padStart(7)} KB brotli`);
}
const kb = total / 1024;
console.log(`total ${kb.toFixed(1)} KB gzip, ${(totalBrotli / 1024).toFixed(1)} KB brotli; budget ${BUDGET_KB} KB gzip (${(BUDGET_KB - kb).toFixed(1)} KB to spare)`);
if (kb > BUDGET_KB) {
  console.error(`Size budget exceeded: ${kb.toFixed(1)} KB > ${BUDGET_KB} KB`);
  process.exit(1);
}

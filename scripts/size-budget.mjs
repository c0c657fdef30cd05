// Size test (part of scripts/test.sh, after the release build). Two paths:
// - the default path, everything the plain two-line embed loads: the
//   loader (which carries the stylesheet and the first screens) and the
//   engine (JS + wasm), at most
//   DEFAULT_BUDGET_KB gzip (level 9);
// - what a page with its own content file fetches on top: the files
//   module (which is also the reader's worker) and the reader's JS and wasm,
//   at most READER_BUDGET_KB.
// Brotli (quality 11) is printed beside gzip, as many CDNs send it. The
// file lists are read from the scripts themselves, so a file they start
// loading cannot escape the count. The default path must hold no JSON
// parser and no content checker; the reader must hold both (so that check
// can fail). Figures and history: BENCH.md.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What the first screens before the engine reached (issue 20), plus 3 KB:
// 197.5 and 99.2 KB gzip (the team view had reached 191.2 and 99.2, the
// advice v2 162.9 and 97.1; BENCH.md has the split).
const DEFAULT_BUDGET_KB = 200.5;
const READER_BUDGET_KB = 102.2;
const DIST = new URL('../dist/', import.meta.url);

const read = (file) => readFileSync(new URL(file, DIST));
const urlsIn = (file) => [...read(file).toString('utf8').matchAll(/new URL\(\s*["']\.\/([^"']+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);

// The loader names every file; the on-demand ones are the files module and
// the reader's JS and wasm.
const onDemand = (file) => file === 'cio-cmo-advisor-files.js' || file.includes('-reader');
const loaded = urlsIn('cio-cmo-advisor.js');
const defaultPath = ['cio-cmo-advisor.js', ...loaded.filter((f) => !onDemand(f))];
const readerPath = loaded.filter(onDemand);
if (defaultPath.length < 3) throw new Error(`expected the loader to load the engine (JS + wasm); found ${defaultPath.join(', ')}`);
if (readerPath.length < 3) throw new Error(`expected the loader to name the files module and the reader's JS and wasm; found ${readerPath.join(', ')}`);

function measure(files) {
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = read(file);
    const g = gzipSync(bytes, { level: 9 }).length;
    const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    gzip += g;
    brotli += b;
    console.log(`  ${file.padEnd(36)} ${String(bytes.length).padStart(8)} B raw ${(g / 1024).toFixed(1).padStart(7)} KB gzip ${(b / 1024).toFixed(1).padStart(7)} KB brotli`);
  }
  return { gzip: gzip / 1024, brotli: brotli / 1024 };
}

let failed = false;
function report(name, total, budget) {
  const spare = budget - total.gzip;
  console.log(`${name}: ${total.gzip.toFixed(1)} KB gzip, ${total.brotli.toFixed(1)} KB brotli; budget ${budget} KB gzip (${spare.toFixed(1)} KB to spare)`);
  if (spare < 0) {
    console.error(`Size budget exceeded: ${name} is ${total.gzip.toFixed(1)} KB > ${budget} KB`);
    failed = true;
  }
}

console.log('Default path (the plain embed):');
const plain = measure(defaultPath);
report('default path', plain, DEFAULT_BUDGET_KB);
console.log('On demand (a page with its own content file, or an answers file):');
const reader = measure(readerPath);
report('reader', reader, READER_BUDGET_KB);
console.log(`a custom-content page in all: ${(plain.gzip + reader.gzip).toFixed(1)} KB gzip, ${(plain.brotli + reader.brotli).toFixed(1)} KB brotli`);

// A message only serde_json writes, and one only the content checker does.
const PARSER = 'EOF while parsing';
const CHECKER = 'is never the recommendation';
const engineWasm = defaultPath.find((f) => f.endsWith('.wasm'));
const readerWasm = readerPath.find((f) => f.endsWith('.wasm'));
for (const [file, expected] of [[engineWasm, false], [readerWasm, true]]) {
  const bytes = read(file);
  for (const marker of [PARSER, CHECKER]) {
    if (bytes.includes(marker) !== expected) {
      console.error(`${file} ${expected ? 'lacks' : 'contains'} “${marker}”: the JSON parser and checker belong in the reader only`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log('The default path holds no JSON parser and no content checker; the reader holds both.');

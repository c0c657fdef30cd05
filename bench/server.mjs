// Benchmark server: the release build (dist/), the benchmark pages and the
// SurveyJS files, each compressed as a CDN would send them — gzip (level 9)
// or brotli (quality 11), one encoding per server — so the browser's
// encodedBodySize is the real transfer size.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOTS = [
  ['/bench/', join(HERE, 'pages')],
  ['/surveyjs/', join(HERE, 'node_modules/survey-core')],
  ['/surveyjs-ui/', join(HERE, 'node_modules/survey-js-ui')],
  ['/', join(HERE, '../dist')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };
const SURVEY_JSON = readFileSync(join(HERE, 'survey.json'), 'utf8');
// The README's optional preload hints, for page A+ (widget.html with them).
const PRELOAD_HINTS = `<link rel="modulepreload" href="/cio-cmo-advisor-app.js">
  <link rel="preload" href="/cio-cmo-advisor-app_bg.wasm" as="fetch" type="application/wasm" crossorigin>`;
const VARIANTS = { '/bench/widget-preload.html': ['/bench/widget.html', PRELOAD_HINTS] };
const cache = new Map();
const COMPRESS = {
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

function body(path, hints, encoding) {
  const key = `${path}|${hints}|${encoding}`;
  if (!cache.has(key)) {
    let bytes = readFileSync(path);
    if (path.endsWith('.html')) {
      const page = bytes.toString('utf8').replace('{{SURVEY_JSON}}', SURVEY_JSON).replace('<!-- {{PRELOAD_HINTS}} -->', hints);
      bytes = Buffer.from(page);
    }
    cache.set(key, COMPRESS[encoding](bytes));
  }
  return cache.get(key);
}

export function startBenchServer(port = 0, { encoding = 'gzip' } = {}) {
  if (!COMPRESS[encoding]) throw new Error(`unknown encoding ${encoding}; known: ${Object.keys(COMPRESS).join(', ')}`);
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const [pathname, hints] = VARIANTS[url.pathname] ?? [url.pathname, ''];
    const [prefix, root] = ROOTS.find(([p]) => pathname.startsWith(p));
    const path = normalize(join(root, pathname.slice(prefix.length)));
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-encoding': encoding, 'cache-control': 'no-store' });
    response.end(body(path, hints, encoding));
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}

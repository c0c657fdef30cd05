// Benchmark server: the release build (dist/), the benchmark pages and the
// SurveyJS files, each gzip-compressed (level 9) as a CDN would send them,
// so the browser's encodedBodySize is the real transfer size.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
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

function body(path, hints = '') {
  const key = `${path}|${hints}`;
  if (!cache.has(key)) {
    let bytes = readFileSync(path);
    if (path.endsWith('.html')) {
      const page = bytes.toString('utf8').replace('{{SURVEY_JSON}}', SURVEY_JSON).replace('<!-- {{PRELOAD_HINTS}} -->', hints);
      bytes = Buffer.from(page);
    }
    cache.set(key, gzipSync(bytes, { level: 9 }));
  }
  return cache.get(key);
}

export function startBenchServer(port = 0) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const [pathname, hints] = VARIANTS[url.pathname] ?? [url.pathname, ''];
    const [prefix, root] = ROOTS.find(([p]) => pathname.startsWith(p));
    const path = normalize(join(root, pathname.slice(prefix.length)));
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    response.end(body(path, hints));
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}

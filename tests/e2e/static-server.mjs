// A static file server for the built dist/ folder, used by the end-to-end
// tests (and usable by hand: `node tests/e2e/static-server.mjs 8080`).
// - Serves .wasm as application/wasm, as a production host must.
// - Sends a strict Content-Security-Policy header for pages whose name
//   contains "strict-csp", the way a locked-down corporate site would.
// - /fixtures/… serves tests/e2e/fixtures/ (host pages only tests need).
// - /fixtures/cdn-host.html?src=<url>[&content=<path>] is a host page that
//   embeds the widget from <url> (another origin in the CDN test), with a
//   content file from its own origin if given. It is served from here, not
//   faked by the browser, so Chromium treats it as a real local page.
// - Options for the embedding tests: `cors` answers any origin (a CDN), and
//   `prefix` serves dist/ under a folder such as /assets/advisor/v1/.
// - /held-back/… serves dist/ with every .wasm response held back
//   HELD_BACK_MS, an engine that arrives late on a slow network (the
//   build-time first screens are tested against it).
// - Sets no cookies and logs nothing; requests it receives are visible to
//   tests through the browser, not here.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../../dist/', import.meta.url)));
// Host pages that only the tests need (tests/e2e/fixtures/), under /fixtures/.
const FIXTURES = resolve(fileURLToPath(new URL('./fixtures/', import.meta.url)));
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const HELD_BACK_MS = 4000;
const HELD_BACK = '/held-back/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function startServer(port = 0, { host = '127.0.0.1', cors = false, prefix = '/' } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      if (url.pathname === '/fixtures/cdn-host.html') {
        const src = new URL(url.searchParams.get('src')).href.replaceAll('"', '%22');
        // `content`: a path on this (the page's) origin for the element's content attribute.
        const content = (url.searchParams.get('content') ?? '').replace(/[^\w./-]/g, '');
        response.writeHead(200, { 'content-type': TYPES['.html'] });
        response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN host</title>
<script type="module" src="${src}"></script></head><body><cio-cmo-advisor${content ? ` content="${content}"` : ''}></cio-cmo-advisor></body></html>`);
        return;
      }
      const heldBack = url.pathname.startsWith(HELD_BACK);
      const [root, start] = url.pathname.startsWith('/fixtures/') ? [FIXTURES, '/fixtures/'] : heldBack ? [ROOT, HELD_BACK] : [ROOT, prefix];
      if (!url.pathname.startsWith(start)) throw Object.assign(new Error('outside prefix'), { code: 'ENOENT' });
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(start.length))));
      if (!path.startsWith(root)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      if (heldBack && path.endsWith('.wasm')) await new Promise((resolve) => setTimeout(resolve, HELD_BACK_MS));
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (path.includes('strict-csp')) headers['content-security-policy'] = STRICT_CSP;
      if (cors) headers['access-control-allow-origin'] = '*';
      response.writeHead(200, headers);
      response.end(body);
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      response.end(error.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const server = await startServer(port);
  console.log(`serving ${ROOT} on http://127.0.0.1:${server.address().port}/`);
}

// Reading JSON a person supplies, for <cio-cmo-advisor>: a host page's own
// content file and the answers files visitors load and save. The loader
// imports this module only when a page or a visitor needs it. The reading
// itself is the reader module's (Rust: the same checker the build and
// `check-content` run). It runs in a module worker started from this very
// file, so a large file never blocks the page and a strict
// Content-Security-Policy allows it (script-src 'self' 'wasm-unsafe-eval'),
// unlike a blob-URL worker. Where no worker can start (the widget served
// from a CDN: a worker must come from the page's own origin), it runs on
// the page instead.

/** In the worker: start the reader from the URLs the page sends, then answer. */
async function serveInWorker({ js, wasm }) {
  try {
    const reader = await import(js);
    await reader.default({ module_or_path: wasm });
    self.addEventListener('message', ({ data: { id, kind, payload } }) => {
      self.postMessage({ id, ...reader.read(kind, payload) });
    });
    self.postMessage('ready');
  } catch (error) {
    self.postMessage({ failed: `${error?.message ?? error}` });
  }
}

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  self.addEventListener('message', (event) => serveInWorker(event.data), { once: true });
}

// One reader per page, started on first use: `{ request(kind, payload) }`.
let reader = null;

/**
 * Sends one request to the reader; resolves with its reply. `urls` are the
 * reader's files as the loader names them ({ js, wasm }): a bundler may
 * have renamed them.
 */
export function read(urls, kind, payload) {
  reader ??= inWorker(urls).catch(() => onPage(urls));
  const started = reader;
  return started.then((r) => r.request(kind, payload)).catch((error) => {
    // Nothing could start it: the next request tries again.
    if (reader === started) reader = null;
    throw error;
  });
}

/** The reader in a module worker; rejects if the worker cannot start it. */
function inWorker({ js, wasm }) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(import.meta.url, { type: 'module' });
    const pending = new Map();
    let last = 0;
    const fail = (why) => {
      worker.terminate();
      const failure = new Error(`the reader module could not be started: ${why}`);
      for (const request of pending.values()) request.reject(failure);
      pending.clear();
      reject(failure);
    };
    worker.addEventListener('message', ({ data }) => {
      if (data === 'ready') {
        resolve({
          request: (kind, payload) => new Promise((done, failed) => {
            const id = ++last;
            pending.set(id, { resolve: done, reject: failed });
            worker.postMessage({ id, kind, payload });
          }),
        });
      } else if (data.failed) {
        fail(data.failed);
      } else {
        const { id, ...reply } = data;
        pending.get(id)?.resolve(reply);
        pending.delete(id);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(event.message || 'the worker failed');
    });
    worker.postMessage({ js, wasm });
  });
}

/** The reader on the page itself, where no worker can run it. */
async function onPage({ js, wasm }) {
  const module = await import(/* @vite-ignore */ /* webpackIgnore: true */ js);
  await module.default({ module_or_path: wasm });
  return { request: async (kind, payload) => module.read(kind, payload) };
}

// What the site's author reads when the content cannot be used.
const WORDS = {
  id: {
    title: 'Kuesioner halaman ini tidak dapat ditampilkan.',
    fetch: (where, why) => `File konten ${where} tidak dapat diambil (${why}).`,
    unread: (where, why) => `File konten ${where} tidak dapat diperiksa karena modul pembacanya tidak dapat dijalankan (${why}).`,
    invalid: (where, count) => `File konten ${where} memiliki ${count} masalah. Yang pertama:`,
    inline: 'di dalam halaman',
    console: 'Daftar lengkapnya ada di konsol browser.',
  },
  en: {
    title: "This page's questionnaire cannot be shown.",
    fetch: (where, why) => `The content file ${where} could not be fetched (${why}).`,
    unread: (where, why) => `The content file ${where} could not be checked: the widget's reader module could not be started (${why}).`,
    invalid: (where, count) => `The content file ${where} has ${count} problem${count === 1 ? '' : 's'}. The first:`,
    inline: 'in the page',
    console: 'The full list is in the browser console.',
  },
};

/** A host page's content that cannot be used, and why. */
class ContentProblem extends Error {
  contentProblem = true;

  constructor(where, { why, errors, unread = false }) {
    const place = where ?? '(inline JSON)';
    const list = errors?.map((e) => `\n  ${e.pointer || '(the file)'}: ${e.message}`).join('') ?? ` ${why}`;
    super(`the content file ${place} cannot be used.${list}`);
    this.where = where;
    this.why = why;
    this.errors = errors;
    this.unread = unread;
  }

  /** The message for the page, as paragraphs, in `lang` (`id` or `en`). */
  describe(lang) {
    const words = WORDS[lang] ?? WORDS.en;
    const where = this.where ?? words.inline;
    if (!this.errors) return [words.title, (this.unread ? words.unread : words.fetch)(where, this.why)];
    const [first] = this.errors;
    return [words.title, words.invalid(where, this.errors.length), `${first.pointer || '(the file)'}: ${first.message}`, words.console];
  }
}

/**
 * The element's own content: the `content` attribute (a URL on the page's
 * origin, or one that allows it with CORS) or an inline
 * `<script type="application/json">` child. Resolves with the compact form
 * the engine reads; rejects with a ContentProblem.
 */
export async function readContent(urls, element) {
  const url = element.getAttribute('content')?.trim();
  const where = url ? new URL(url, document.baseURI).href : null;
  const inline = element.querySelector(':scope > script[type="application/json"]');
  let bytes;
  if (url) {
    let response;
    try {
      response = await fetch(where, { credentials: 'same-origin' });
    } catch (error) {
      throw new ContentProblem(where, { why: `${error.message || error}` });
    }
    if (!response.ok) throw new ContentProblem(where, { why: `HTTP ${response.status}` });
    // Bytes, not text: the checker reports invalid UTF-8 instead of
    // reading replacement characters.
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    bytes = new TextEncoder().encode(inline?.textContent ?? '');
  }
  let reply;
  try {
    reply = await read(urls, 'content', bytes);
  } catch (error) {
    throw new ContentProblem(where, { why: error.message, unread: true });
  }
  if (reply.errors) throw new ContentProblem(where, { errors: reply.errors });
  return reply.compact;
}

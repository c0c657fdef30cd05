// Reading JSON a person supplies, for <cio-cmo-advisor>: a host page's own
// content file and the answers files visitors load and save. The loader
// imports this module only when a page or a visitor needs it. The reading
// itself happens in the reader module (Rust, the same checker the build
// and `check-content` run) in a module worker: a large file never blocks
// the page, and a strict Content-Security-Policy allows it
// (script-src 'self' 'wasm-unsafe-eval'), unlike a blob-URL worker.

// One worker per page, started on first use. It says `ready` once it
// listens; requests wait for that, so none is lost while it starts.
let reader = null;

/**
 * Sends one request to the reader; resolves with its reply. `urls` are the
 * reader's files as the loader names them ({ worker, js, wasm }).
 */
export function read(urls, kind, payload) {
  if (!reader) reader = startReader(urls);
  const { worker, pending, ready } = reader;
  const id = ++reader.last;
  return ready.then(() => new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, kind, payload });
  }));
}

function startReader({ worker: script, js, wasm }) {
  const worker = new Worker(script, { type: 'module' });
  worker.postMessage({ js, wasm });
  const pending = new Map();
  const ready = new Promise((resolve, reject) => {
    worker.addEventListener('message', (event) => {
      if (event.data === 'ready') return resolve();
      const { id, ...reply } = event.data;
      pending.get(id)?.resolve(reply);
      pending.delete(id);
    });
    // The worker could not start (a missing file, a blocking policy): every
    // waiting request fails, and the next one tries again.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const failure = new Error('the reader module could not be started');
      reject(failure);
      for (const request of pending.values()) request.reject(failure);
      pending.clear();
      reader = null;
    });
  });
  return { worker, pending, ready, last: 0 };
}

// What the site's author reads when the content cannot be used.
const WORDS = {
  id: {
    title: 'Kuesioner halaman ini tidak dapat ditampilkan.',
    fetch: (where, why) => `File konten ${where} tidak dapat diambil (${why}).`,
    invalid: (where, count) => `File konten ${where} memiliki ${count} masalah. Yang pertama:`,
    inline: 'di dalam halaman',
    console: 'Daftar lengkapnya ada di konsol browser.',
  },
  en: {
    title: "This page's questionnaire cannot be shown.",
    fetch: (where, why) => `The content file ${where} could not be fetched (${why}).`,
    invalid: (where, count) => `The content file ${where} has ${count} problem${count === 1 ? '' : 's'}. The first:`,
    inline: 'in the page',
    console: 'The full list is in the browser console.',
  },
};

/** A host page's content that cannot be used, and why. */
class ContentProblem extends Error {
  contentProblem = true;

  constructor(where, { why, errors }) {
    const place = where ?? '(inline JSON)';
    const list = errors?.map((e) => `\n  ${e.pointer || '(the file)'}: ${e.message}`).join('') ?? ` ${why}`;
    super(`the content file ${place} cannot be used.${list}`);
    this.where = where;
    this.why = why;
    this.errors = errors;
  }

  /** The message for the page, as paragraphs, in `lang` (`id` or `en`). */
  describe(lang) {
    const words = WORDS[lang] ?? WORDS.en;
    const where = this.where ?? words.inline;
    if (!this.errors) return [words.title, words.fetch(where, this.why)];
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
    bytes = new TextEncoder().encode(element.querySelector(':scope > script[type="application/json"]').textContent);
  }
  let reply;
  try {
    reply = await read(urls, 'content', bytes);
  } catch (error) {
    throw new ContentProblem(where, { why: error.message });
  }
  if (reply.errors) throw new ContentProblem(where, { errors: reply.errors });
  return reply.compact;
}

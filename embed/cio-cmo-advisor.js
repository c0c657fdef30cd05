// <cio-cmo-advisor> — the embeddable CIO–CMO Collaboration Advisor.
//
// A host page needs only:
//   <script type="module" src="…/cio-cmo-advisor.js"></script>
//   <cio-cmo-advisor></cio-cmo-advisor>
//
// Everything else (the wasm engine and the widget's stylesheet) is resolved
// relative to this file's own URL, so the files can live in any folder or on
// a CDN as long as they stay together. The widget renders in an open shadow
// root with its stylesheet linked inside it: host CSS cannot reach in, the
// widget's CSS cannot reach out, and no inline <style> is needed, so a strict
// Content-Security-Policy works.

// Each URL is written as `new URL('./literal', import.meta.url)`, the form
// that Vite and webpack 5 recognise, so a bundler that installs the npm
// package copies these files and rewrites the URLs to the copies.
const ENGINE_JS = new URL('./cio-cmo-advisor-app.js', import.meta.url).href;
const ENGINE_WASM = new URL('./cio-cmo-advisor-app_bg.wasm', import.meta.url).href;
const STYLESHEET = new URL('./cio-cmo-advisor.css', import.meta.url).href;
// Reading JSON a person supplies (a host's content file, an answers file)
// lives in its own module with its own worker: only a page with its own
// content, or a visitor who loads or saves answers, fetches these.
const FILES = new URL('./cio-cmo-advisor-files.js', import.meta.url).href;
const READER = {
  js: new URL('./cio-cmo-advisor-reader.js', import.meta.url).href,
  wasm: new URL('./cio-cmo-advisor-reader_bg.wasm', import.meta.url).href,
};

// Shown when the engine cannot load (blocked by CSP, missing file, old
// browser). The language follows the same order the engine uses: the
// element's lang, the page's lang, the browser's languages, else English.
const LOAD_FAILURE = {
  id: 'Penasihat Kolaborasi CIO–CMO tidak dapat dimuat di browser ini. Coba muat ulang halaman, atau gunakan browser versi terbaru.',
  en: 'The CIO–CMO Collaboration Advisor could not be loaded in this browser. Try reloading the page, or use an up-to-date browser.',
};

function failureLanguage(element) {
  const tags = [element.getAttribute('lang'), document.documentElement.lang, ...(navigator.languages || [])];
  for (const tag of tags) {
    const primary = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'id' || primary === 'in') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

// One engine per page, shared by every element on it. The wasm (nine tenths
// of the bytes) is fetched at the same time as the engine's JS rather than
// after it: one round trip less before the first question.
let engine = null;
function loadEngine() {
  if (!engine) {
    const wasm = fetch(ENGINE_WASM);
    // If the JS fails first, the wasm's own failure is not a second error.
    wasm.catch(() => {});
    engine = import(/* @vite-ignore */ /* webpackIgnore: true */ ENGINE_JS).then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
  }
  return engine;
}

let files = null;
function loadFiles() {
  files ??= import(/* @vite-ignore */ /* webpackIgnore: true */ FILES);
  return files;
}

/** The engine's way to the reader module: `(kind, payload) → Promise`. */
function read(kind, payload) {
  return loadFiles().then((module) => module.read(READER, kind, payload));
}

/** A host page's own content (`content` attribute or inline JSON), checked
 *  by the reader while the engine loads: its compact form, or undefined. */
function readContent(element) {
  const own = element.getAttribute('content')?.trim() || element.querySelector(':scope > script[type="application/json"]');
  return own ? loadFiles().then((module) => module.readContent(READER, element)) : Promise.resolve(undefined);
}

// Properties that mirror the attributes (`lang` is every element's own).
const MIRRORED = ['theme', 'accent', 'company', 'content'];

// The events the widget dispatches on its element.
const EVENTS = ['advisor-start', 'advisor-answer', 'advisor-complete', 'advisor-team'];

class CioCmoAdvisor extends HTMLElement {
  static observedAttributes = ['lang', ...MIRRORED];

  #root = null;
  #instance = null;
  #loading = false;
  #failed = false;
  // Bumped on every start, so a slow start that was overtaken (the
  // `content` attribute changed meanwhile) does not mount.
  #generation = 0;
  // Why the host page's content file could not be used, when it could not.
  #contentProblem = null;

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.attachShadow({ mode: 'open' });
      const stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = STYLESHEET;
      this.#root = document.createElement('div');
      this.#root.className = 'advisor-root';
      shadow.append(stylesheet, this.#root);
    }
    if (this.#instance || this.#loading) return;
    this.#start();
  }

  #start() {
    const generation = ++this.#generation;
    this.#loading = true;
    this.#failed = false;
    // The content file and the engine load side by side.
    const content = readContent(this);
    content.catch(() => {});
    // A mount that throws (an engine and a reader from different releases)
    // fails the same visible way as an engine that cannot load.
    Promise.all([loadEngine(), content]).then(([module, compact]) => {
      if (generation !== this.#generation) return;
      this.#loading = false;
      if (this.isConnected && !this.#instance) this.#instance = module.mount(this, this.#root, compact, read);
    }).catch((error) => {
      if (generation !== this.#generation) return;
      this.#loading = false;
      this.#failed = true;
      if (error.contentProblem) {
        this.#contentProblem = error;
        console.error(`<cio-cmo-advisor>: ${error.message}`);
      } else {
        this.#contentProblem = null;
        console.error('<cio-cmo-advisor>: the engine could not be loaded.', error);
      }
      this.#showFailure();
    });
  }

  #showFailure() {
    const failure = document.createElement('div');
    failure.className = 'load-failure';
    failure.setAttribute('role', 'alert');
    failure.lang = failureLanguage(this);
    // Text set as text, never markup: a content problem quotes the file.
    const message = this.#contentProblem?.describe(failure.lang) ?? [LOAD_FAILURE[failure.lang]];
    for (const text of message) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      failure.append(paragraph);
    }
    failure.append(this.#pageFallback());
    this.#root.replaceChildren(failure);
  }

  // The page's own fallback is a <noscript> inside the element: shown by a
  // browser without scripts, and never, not even for a moment, by one that
  // runs them. When scripts run but the engine cannot, the same content
  // (typically a link to a plain version) goes under the message. A browser
  // that runs scripts keeps <noscript> content as text: the page's own
  // markup, parsed here as the page would have shown it.
  #pageFallback() {
    const template = document.createElement('template');
    template.innerHTML = this.querySelector(':scope > noscript')?.textContent ?? '';
    return template.content;
  }

  // A listener for an advisor event that does not exist is a misspelling
  // that would wait forever in silence (React 19 turns an `onadvisor-…`
  // prop into such a listener): the web team gets told in the console.
  addEventListener(type, ...rest) {
    if (/^advisor/i.test(type) && !EVENTS.includes(type)) {
      console.warn(`<cio-cmo-advisor>: there is no "${type}" event, so this listener will never run. The events are ${EVENTS.join(', ')}.`);
    }
    super.addEventListener(type, ...rest);
  }

  attributeChangedCallback(name, before, after) {
    if (name === 'content') {
      // Another questionnaire: start again with it (its own saved progress).
      if (before === after || (!this.#instance && !this.#loading && !this.#failed)) return;
      this.#teardown();
      if (this.isConnected) this.#start();
      return;
    }
    if (this.#failed && name === 'lang') this.#showFailure();
    this.#instance?.attributeChanged(name);
  }

  #teardown() {
    this.#generation++;
    this.#loading = false;
    if (this.#instance) {
      this.#instance.unmount();
      this.#instance.free();
      this.#instance = null;
    }
    this.#root?.replaceChildren();
  }

  disconnectedCallback() {
    // A move within the page disconnects and reconnects in one task; only
    // an element that stays out of the page is torn down.
    queueMicrotask(() => {
      if (this.isConnected || !this.#instance) return;
      this.#teardown();
    });
  }
}

for (const name of MIRRORED) {
  Object.defineProperty(CioCmoAdvisor.prototype, name, {
    get() { return this.getAttribute(name); },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, value);
    },
  });
}

if (!customElements.get('cio-cmo-advisor')) {
  customElements.define('cio-cmo-advisor', CioCmoAdvisor);
}

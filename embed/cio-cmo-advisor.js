// <cio-cmo-advisor> — the embeddable CIO–CMO Collaboration Advisor.
//
// A host page needs only:
//   <script type="module" src="…/cio-cmo-advisor.js"></script>
//   <cio-cmo-advisor></cio-cmo-advisor>
//
// Everything else (the wasm engine) is resolved relative to this file's own
// URL, so the files can live in any folder or on a CDN as long as they stay
// together. The widget renders in an open shadow root with its stylesheet
// adopted there: host CSS cannot reach in, the widget's CSS cannot reach
// out, and no inline <style> or style attribute is needed, so a strict
// Content-Security-Policy works.

// Each URL is written as `new URL('./literal', import.meta.url)`, the form
// that Vite and webpack 5 recognise, so a bundler that installs the npm
// package copies these files and rewrites the URLs to the copies.
const ENGINE_JS = new URL('./cio-cmo-advisor-app.js', import.meta.url).href;
const ENGINE_WASM = new URL('./cio-cmo-advisor-app_bg.wasm', import.meta.url).href;
// Reading JSON a person supplies (a host's content file, an answers file)
// lives in its own module with its own worker: only a page with its own
// content, or a visitor who loads or saves answers, fetches these.
const FILES = new URL('./cio-cmo-advisor-files.js', import.meta.url).href;
const READER = {
  js: new URL('./cio-cmo-advisor-reader.js', import.meta.url).href,
  wasm: new URL('./cio-cmo-advisor-reader_bg.wasm', import.meta.url).href,
};

// The widget's stylesheet (styles/cio-cmo-advisor.css), written here at
// build time (scripts/build-loader.mjs): adopted in each shadow root as a
// constructable stylesheet, it styles the widget the moment the loader runs,
// with no request of its own.
const STYLES = /* stylesheet */ null;
let sheet = null;
function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

// The intro and the first question of the built-in questionnaire, per
// language ({ id: { intro, introForCompany, question }, en: … }), rendered
// at build time from the engine's own components (scripts/build-loader.mjs
// writes them here). Painted as soon as the element is on the page, they
// let a visitor start and answer the first question while the engine loads;
// the engine then takes over at that point, with that answer.
const FIRST_SCREENS = /* first screens */ null;
// Stands for the company's name in `introForCompany`.
const COMPANY_MARK = '\uE000';

// Shown when the engine cannot load (blocked by CSP, missing file, old
// browser). The language follows the same order the engine uses: the
// element's lang, the page's lang, the browser's languages, else English.
const LOAD_FAILURE = {
  id: 'Penasihat Kolaborasi CIO–CMO tidak dapat dimuat di browser ini. Coba muat ulang halaman, atau gunakan browser versi terbaru.',
  en: 'The CIO–CMO Collaboration Advisor could not be loaded in this browser. Try reloading the page, or use an up-to-date browser.',
};

/** The built-in language the engine will pick for this element. */
function builtInLanguage(element) {
  const tags = [element.getAttribute('lang'), document.documentElement.lang, ...(navigator.languages || [])];
  for (const tag of tags) {
    const primary = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'id' || primary === 'in') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

// The element's settings as the engine reads them (src/embed.rs): invalid
// values fall back to the defaults, and the engine warns about them.
function themeOf(element) {
  const theme = element.getAttribute('theme')?.trim().toLowerCase();
  return ['light', 'dark', 'auto'].includes(theme) ? theme : 'light';
}
function accentOf(element) {
  const accent = element.getAttribute('accent')?.trim() ?? '';
  const plausible = accent.length <= 64 && !/[;{}<>\\]/.test(accent);
  return accent && plausible && CSS.supports('color', accent) ? accent : null;
}
function companyOf(element) {
  const company = (element.getAttribute('company') ?? '').trim().split(/\s+/).join(' ');
  return company && [...company].length <= 80 ? company : null;
}

/** Where this visit may not start on the intro: a share or team link in the
 *  page URL, or progress saved by a widget with the built-in content (for
 *  any widget on the page: when in doubt, the engine decides). */
function mayNotStartOnIntro() {
  if (/(^|&)(team-)?cio-cmo(-[^=&]*)?=/.test(location.hash.slice(1))) return true;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if (/^cio-cmo-advisor\/v1\/[^/]+$/.test(localStorage.key(i))) return true;
    }
  } catch {
    // Storage blocked: nothing saved to resume.
  }
  return false;
}

// Keys that choose an answer or press a control.
const CHOOSING_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'Enter'];

/** The first element of trusted build-time HTML. */
function parse(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

/** Every element that can take focus, in document order: the build-time
 *  screens and the engine's render of them match one to one. */
function focusables(root) {
  return [...root.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')];
}

// One engine per page, shared by every element on it. The wasm (nine tenths
// of the bytes) is fetched at the same time as the engine's JS rather than
// after it: one round trip less before the first question.
let engine = null;
// The engine's module once it has arrived: a widget added after that needs
// no first screens.
let arrived = null;
function loadEngine() {
  if (!engine) {
    const wasm = fetch(ENGINE_WASM);
    // If the JS fails first, the wasm's own failure is not a second error.
    wasm.catch(() => {});
    engine = import(/* @vite-ignore */ /* webpackIgnore: true */ ENGINE_JS).then(async (module) => {
      await module.default({ module_or_path: wasm });
      arrived = module;
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
  // The build-time screens while the engine loads, and what the visitor
  // did on them: { frame, screens, record, late, lang, screen, chosen,
  // waiting, movesOn, headingDue, file, interactive }. Null once the engine
  // has taken over.
  #early = null;

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [widgetSheet()];
      this.#root = document.createElement('div');
      this.#root.className = 'advisor-root';
      shadow.append(this.#root);
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
      if (!this.isConnected || this.#instance) return;
      // The engine renders off the page and takes the place of what is
      // shown (the build-time screens, the placeholder or nothing) in one
      // step: no empty frame, no change of size.
      const early = this.#early;
      // From here on, steps are the engine's to take.
      if (early) early.interactive = false;
      const fresh = document.createElement('div');
      fresh.className = 'advisor-root';
      const record = early?.record.join(' ') || undefined;
      this.#instance = module.mount(this, fresh, compact, read, record, () => this.#takeOver(fresh, early));
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
      this.#early = null;
      this.#showFailure();
    });
    this.#paintFirstScreen();
  }

  // ── The build-time screens ────────────────────────────────────────────

  #paintFirstScreen() {
    if (arrived || this.#early) return;
    const own = this.getAttribute('content')?.trim() || this.querySelector(':scope > script[type="application/json"]');
    const interactive = !own && !mayNotStartOnIntro();
    this.#early = { record: [], late: [], lang: builtInLanguage(this), screen: 'intro', chosen: null, waiting: false, movesOn: false, headingDue: false, file: null, interactive };
    try {
      this.#paintEarly();
    } catch (error) {
      // A page that enforces Trusted Types refuses markup from a string:
      // the widget then appears when the engine is ready, as before.
      this.#early = null;
      console.warn('<cio-cmo-advisor>: the first screens could not be shown before the engine.', error);
    }
  }

  /** (Re)builds the build-time screens from the element's settings and what
   *  the visitor did so far; focus stays on the same control. */
  #paintEarly() {
    const early = this.#early;
    const screens = FIRST_SCREENS[early.lang];
    const company = companyOf(this);
    const frame = parse(company ? screens.introForCompany : screens.intro);
    if (company) {
      // The name goes in as text, never as markup.
      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) walker.currentNode.data = walker.currentNode.data.replaceAll(COMPANY_MARK, company);
    }
    const question = parse(screens.question);
    frame.classList.replace('theme-light', `theme-${themeOf(this)}`);
    const accent = accentOf(this);
    // Through the CSSOM, as the engine does: a strict CSP allows it.
    if (accent) frame.style.setProperty('--accent', accent);
    early.frame = frame;
    early.screens = {
      intro: frame.querySelector('.screen'),
      question: question.querySelector('.screen'),
      progress: question.querySelector('[aria-live]').textContent,
    };
    if (!early.interactive) {
      // A visit that starts elsewhere: the intro's box, quietly empty.
      frame.classList.add('is-placeholder');
      frame.setAttribute('aria-busy', 'true');
      frame.inert = true;
    } else {
      // While a step waits for the engine, presses and the keys that
      // choose or press are refused (Tab still moves focus).
      const refuseWhileWaiting = (event) => {
        if (this.#early?.waiting && (event.type === 'click' || CHOOSING_KEYS.includes(event.key))) event.preventDefault();
      };
      frame.addEventListener('click', refuseWhileWaiting, true);
      frame.addEventListener('keydown', refuseWhileWaiting, true);
      frame.addEventListener('click', (event) => this.#earlyClick(event));
      frame.addEventListener('change', (event) => this.#earlyChange(event));
      frame.addEventListener('submit', (event) => this.#earlySubmit(event));
      const chosen = early.screens.question.querySelector(`input[value="${CSS.escape(early.chosen ?? '')}"]`);
      if (chosen) this.#choose(chosen);
      if (early.screen === 'question') this.#showEarly('question', false);
    }
    const focused = this.shadowRoot.activeElement;
    const index = focused ? focusables(this.#root).indexOf(focused) : -1;
    this.#root.replaceChildren(frame);
    if (index >= 0) focusables(frame)[index]?.focus({ preventScroll: true });
  }

  #showEarly(screen, moveFocus = true) {
    const early = this.#early;
    early.screen = screen;
    early.frame.querySelector('.screen').replaceWith(early.screens[screen]);
    // The live region speaks as it does when the engine changes screens.
    early.frame.querySelector('[aria-live]').textContent = screen === 'question' ? early.screens.progress : '';
    if (!moveFocus) return;
    // Focus moves to the new heading in the next frame, as the engine does;
    // if the engine takes over first, it moves to the engine's heading.
    early.headingDue = true;
    requestAnimationFrame(() => {
      if (this.#early !== early) return;
      early.headingDue = false;
      early.frame.querySelector('.screen h2')?.focus();
    });
  }

  #choose(input) {
    const form = this.#early.screens.question;
    input.checked = true;
    for (const label of form.querySelectorAll('.option')) label.classList.toggle('is-selected', label.contains(input));
    form.querySelector('button[type=submit]').disabled = false;
    form.querySelector('.nav-hint')?.remove();
  }

  /** The visitor asked for what only the engine can do: `button` shows it
   *  is busy, and nothing else is taken until the engine is in. */
  #waitForEngine(button, movesOn) {
    const early = this.#early;
    early.waiting = true;
    early.movesOn = movesOn;
    button.classList.add('is-busy');
    button.setAttribute('aria-disabled', 'true');
    early.frame.setAttribute('aria-busy', 'true');
  }

  // Between the engine's start and its first render (a few milliseconds,
  // more on a slow phone) a press on the build-time screens is kept and
  // made again on the engine's render of the same control.
  #keepForEngine(early, control) {
    if (early && !early.interactive && control) early.late.push(focusables(early.frame).indexOf(control));
  }

  #earlyClick(event) {
    const early = this.#early;
    const button = event.target.closest('button');
    if (early && !early.interactive) {
      // A submit button's press is kept as the submission (below).
      if (button?.type !== 'submit') this.#keepForEngine(early, button ?? event.target.closest('input'));
      return;
    }
    if (!early || early.waiting || !button) return;
    if (button.matches('.lang-switch button')) {
      if (button.lang === early.lang) return;
      early.lang = button.lang;
      early.record.push(`lang:${button.lang}`);
      this.#paintEarly();
    } else if (button.matches('.intro .primary')) {
      early.record.push('start');
      this.#showEarly('question');
    } else if (button.matches('.intro .secondary')) {
      // "Load answers from a file": the file is chosen now and read by the
      // engine once it is in.
      early.file = button.parentElement.querySelector('input[type=file]');
      early.file.click();
    } else if (button.matches('.team-entry button')) {
      early.record.push('team');
      this.#waitForEngine(button, true);
    } else if (button.matches('.question .secondary')) {
      early.record.push('back');
      this.#showEarly('intro');
    }
  }

  #earlyChange(event) {
    const early = this.#early;
    if (!early?.interactive || early.waiting) return;
    if (event.target.type === 'radio') {
      early.chosen = event.target.value;
      early.record.push(`choose:${early.chosen}`);
      this.#choose(event.target);
    } else if (event.target.type === 'file' && event.target.files.length) {
      this.#waitForEngine(early.frame.querySelector('.intro .secondary'), false);
    }
  }

  // Next, or Enter on a chosen answer: it waits for the engine, which then
  // goes on to the second question.
  #earlySubmit(event) {
    event.preventDefault();
    const early = this.#early;
    if (early && !early.interactive) return this.#keepForEngine(early, event.submitter);
    if (!early || early.waiting || early.chosen === null) return;
    early.record.push('next');
    this.#waitForEngine(event.target.querySelector('button[type=submit]'), true);
  }

  /** The engine's first render replaces what is shown. Focus stays on the
   *  same control, or, when the engine went on to another screen (the
   *  visitor pressed Next or Team view), moves to its heading as after any
   *  step; the engine reads a file chosen meanwhile. */
  #takeOver(fresh, early) {
    const focused = this.shadowRoot.activeElement;
    const index = focused ? focusables(this.#root).indexOf(focused) : -1;
    this.#root.replaceWith(fresh);
    this.#root = fresh;
    this.#early = null;
    // WebKit lays out a fieldset the engine has just built one legend too
    // tall, until something in the legend changes (after a step, focus
    // moving to the heading does): a padding set and taken back does it.
    for (const legend of fresh.querySelectorAll('legend')) {
      legend.style.paddingTop = '1px';
      legend.getBoundingClientRect();
      // Read before it goes: Chromium writes a style changed through the
      // CSSOM into the attribute later, and would bring back `style=""`.
      legend.getAttribute('style');
      legend.removeAttribute('style');
    }
    const heading = fresh.querySelector('.screen h2');
    const target = early?.headingDue ? heading : focused && (early?.movesOn ? heading : focusables(fresh)[index]);
    target?.focus({ preventScroll: true });
    // Presses kept during the hand-over, one per task, so the engine renders
    // each before the next, as between a person's presses.
    const pressed = (early?.late ?? []).map((at) => focusables(fresh)[at]);
    const pressNext = () => {
      const control = pressed.shift();
      if (!control) return;
      if (control.isConnected) control.click();
      setTimeout(pressNext);
    };
    pressNext();
    // A file chosen on the build-time intro (or still being chosen: the
    // picker may be open) goes to the engine's own file input.
    const chosen = early?.file;
    const handOver = () => {
      const input = fresh.querySelector('.intro input[type=file]');
      if (!input || !chosen.files.length) return;
      input.files = chosen.files;
      input.dispatchEvent(new Event('change'));
    };
    if (chosen?.files.length) handOver();
    else chosen?.addEventListener('change', handOver, { once: true });
  }

  #showFailure() {
    const failure = document.createElement('div');
    failure.className = 'load-failure';
    failure.setAttribute('role', 'alert');
    failure.lang = builtInLanguage(this);
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
    if (this.#early?.frame) {
      // The host page changed a setting before the engine arrived.
      if (name === 'lang') {
        this.#early.lang = builtInLanguage(this);
        this.#early.record.push(`lang:${this.#early.lang}`);
      }
      this.#paintEarly();
    }
    this.#instance?.attributeChanged(name);
  }

  #teardown() {
    this.#generation++;
    this.#loading = false;
    this.#early = null;
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

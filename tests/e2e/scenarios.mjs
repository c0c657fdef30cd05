// The core scenarios, each defined once and run in every engine by
// cross-engine.test.mjs through the drivers in engines.mjs. A scenario gets
// a driver `d` (open, reload, run, clickAt, press, viewport, screenshot) and
// the base URL of the test server; it throws when the widget misbehaves.
//
// Page functions given to `d.run` receive their arguments as one array and
// must be self-contained: each driver sends them to the page as source.
import assert from 'node:assert/strict';
import { LEADERSHIP_TEAM, QUESTION_COUNT, REALISTIC, REWEIGHTED, teamLinkValue } from '../answer-sets.mjs';
import { sameColumn, until } from '../support.mjs';
import { hostLayoutPath, widgetAndFillBox } from './host-layouts.mjs';

/** Everything a scenario asks of one widget, evaluated in the page. */
function inWidget([index, selector, nth, what, arg, inFrame]) {
  const doc = inFrame ? document.querySelector('iframe').contentDocument : document;
  const host = doc && doc.querySelectorAll('cio-cmo-advisor')[index];
  const root = host && host.shadowRoot;
  if (!root || !root.querySelector('.advisor')) return what === 'count' ? 0 : null;
  const all = [...root.querySelectorAll(selector)];
  if (what === 'count') return all.length;
  const element = typeof nth === 'string' ? all.find((e) => e.textContent.trim() === nth) : all[nth];
  if (!element) return null;
  const rect = () => element.getBoundingClientRect();
  switch (what) {
    case 'exists': return true;
    case 'styled': return root.adoptedStyleSheets.length > 0 && getComputedStyle(root.querySelector('.advisor-root')).display === 'grid';
    case 'text': return element.textContent.replace(/\s+/g, ' ').trim();
    case 'attr': return element.getAttribute(arg);
    case 'checked': return element.checked;
    case 'disabled': return element.disabled;
    case 'open': return element.open;
    case 'focused': return root.activeElement === element;
    case 'focus': element.focus(); return true;
    case 'style': return getComputedStyle(element).getPropertyValue(arg);
    case 'rect': { const r = rect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width }; }
    case 'reveal': element.scrollIntoView({ block: 'center' }); return true;
    case 'target': {
      // The element's centre, if it is uncovered there, in the top page's
      // coordinates (a frame adds its own offset).
      const r = rect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const hit = root.elementFromPoint(x, y);
      const covers = hit && (hit === element || element.contains(hit) || (element.labels && [...element.labels].some((l) => l.contains(hit))));
      const offset = inFrame ? document.querySelector('iframe').getBoundingClientRect() : { left: 0, top: 0 };
      return covers ? { x: x + offset.left, y: y + offset.top } : null;
    }
    default: throw new Error(`unknown query ${what}`);
  }
}

/** One <cio-cmo-advisor> on the current page (or in the page's iframe). */
class Widget {
  constructor(d, index = 0, { inFrame = false } = {}) {
    Object.assign(this, { d, index, inFrame });
  }

  query(selector, nth, what, arg) {
    return this.d.run(inWidget, this.index, selector, nth, what, arg, this.inFrame);
  }

  text(selector, nth = 0) { return this.query(selector, nth, 'text'); }
  count(selector) { return this.query(selector, 0, 'count'); }

  waitFor(selector, nth = 0) {
    return until(() => this.query(selector, nth, 'exists'), `${selector} in widget ${this.index}`);
  }

  waitForText(selector, expected) {
    return until(async () => {
      const text = await this.text(selector);
      return typeof expected === 'string' ? text === expected : expected.test(text ?? '');
    }, `${selector} to read ${expected}`).catch(async (error) => {
      throw new Error(`${error.message}; it reads ${JSON.stringify(await this.text(selector))}`);
    });
  }

  /**
   * A real pointer click at the element's centre, once it is on screen,
   * uncovered, and has stopped moving (focus and scrolling after a screen
   * change settle within a frame or two).
   */
  async click(selector, nth = 0) {
    await this.waitFor(selector, nth);
    const point = await until(async () => {
      // Scrolled into view on every look: the widget may scroll itself
      // (focus moving to a new screen) after an earlier look.
      await this.query(selector, nth, 'reveal');
      const first = await this.query(selector, nth, 'target');
      await new Promise((wait) => setTimeout(wait, 60));
      const second = await this.query(selector, nth, 'target');
      return first && second && first.x === second.x && first.y === second.y && second;
    }, `${selector} #${nth} to be clickable`);
    await this.d.clickAt(point.x, point.y);
  }

  /** The widget has rendered with its own stylesheet (adopted from the loader). */
  async ready() {
    await this.waitFor('.advisor');
    await until(() => this.query('.advisor', 0, 'styled'), `widget ${this.index}'s stylesheet`);
  }

  async start() {
    await this.ready();
    await this.click('.screen .nav .primary');
    await this.waitFor('.progress-text');
  }

  async choose(option) {
    await this.click('.option', option);
    await until(() => this.query('input[type=radio]', option, 'checked'), `option ${option} to be checked`);
  }

  async next() {
    await until(async () => (await this.query('.screen .nav .primary', 0, 'disabled')) === false, 'Next to be enabled');
    await this.click('.screen .nav .primary');
  }

  async progress() { return this.text('.progress-text'); }

  /**
   * Answers from the first question on, with the mouse, to the result;
   * `onScreen(name)`, if given, runs on each question and the result.
   */
  async completeWith(choices, onScreen = async () => {}) {
    for (const [q, option] of choices.entries()) {
      await this.waitForText('.progress-text', new RegExp(`^\\D*${q + 1}\\b`));
      await onScreen(`question ${q + 1}`);
      await this.choose(option);
      await this.next();
    }
    await this.waitFor('.result[data-recommended-model]');
    await onScreen('result');
  }

  async model() { return this.query('.result', 0, 'attr', 'data-recommended-model'); }

  /** Model, the three fits, the first step: what a reader of the result sees. */
  async resultSummary() {
    return {
      model: await this.model(),
      name: await this.text('.model-name'),
      fits: [await this.text('.fit-value', 0), await this.text('.fit-value', 1), await this.text('.fit-value', 2)],
      firstStep: await this.text('.first-step p'),
    };
  }
}

async function openWidget(d, base, path, index = 0) {
  await d.open(base + path);
  const widget = new Widget(d, index);
  await widget.ready();
  return widget;
}

/** Forgets everything the test origin stored, so the next page is a first visit. */
async function forgetVisits(d, base) {
  await d.open(`${base}/fixtures/blank.html`);
  await d.run(() => localStorage.clear());
}

/** Runs a scenario as a first visit: nothing stored for the test origin. */
export async function runScenario(scenario, d, base) {
  await forgetVisits(d, base);
  await scenario.run(d, base);
}

/** The keyboard alone from the Start button to the result heading. */
async function completeWithKeyboard(d, widget) {
  await widget.query('.screen .nav .primary', 0, 'focus');
  await d.press('Enter');
  for (let q = 0; q < QUESTION_COUNT; q++) {
    await until(() => widget.query('legend h2', 0, 'focused'), `question ${q + 1}'s heading to have focus`);
    await d.press('Tab');
    await until(() => widget.query('input[type=radio]', 0, 'focused'), `question ${q + 1}'s first option to have focus`);
    await d.press('Space');
    // Arrow keys move within the group (and choose); every other question
    // takes its second option this way.
    if (q % 2 === 1) await d.press('ArrowDown');
    await until(() => widget.query('input[type=radio]', q % 2, 'checked'), `question ${q + 1}'s choice`);
    // Enter on a chosen option submits the step.
    await d.press('Enter');
  }
  await widget.waitFor('.result[data-recommended-model]');
  await until(() => widget.query('.result h2', 0, 'focused'), 'the result heading to have focus');
}

/** How the page overflows sideways at its current width, with every result section open. */
function sidewaysOverflow([inFrame]) {
  const doc = inFrame ? document.querySelector('iframe').contentDocument : document;
  const host = doc.querySelector('cio-cmo-advisor');
  for (const details of host.shadowRoot.querySelectorAll('details')) details.open = true;
  const page = doc.documentElement;
  // clientWidth, not innerWidth: Firefox headless draws classic scrollbars.
  const pageOverflow = page.scrollWidth - page.clientWidth;
  const advisor = host.shadowRoot.querySelector('.advisor');
  const widgetOverflow = advisor.scrollWidth - advisor.clientWidth;
  return { pageOverflow, widgetOverflow };
}

export const SCENARIOS = [
  {
    name: 'the questionnaire completes with the mouse in Indonesian',
    async run(d, base) {
      const widget = await openWidget(d, base, '/');
      assert.equal(await widget.text('h2'), 'Model kolaborasi CIO–CMO mana yang cocok untuk perusahaan Anda?');
      await widget.start();
      assert.equal(await widget.progress(), `Pertanyaan 1 dari ${QUESTION_COUNT}`);
      await widget.completeWith(REALISTIC[2]);
      assert.equal(await widget.model(), '2');
      assert.equal(await widget.text('.model-number'), 'Model 2');
      assert.match(await widget.text('.headline-fit'), /^Tingkat kecocokan: \d{1,3}%$/);
      assert.equal(await widget.text('.first-step h3'), 'Mulai dari sini');
      await d.screenshot(`${d.name}-result-1280-id`);
    },
  },
  {
    name: 'the questionnaire completes with the mouse in English',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/plain.html');
      await widget.start();
      assert.equal(await widget.progress(), `Question 1 of ${QUESTION_COUNT}`);
      await widget.completeWith(REALISTIC[1]);
      assert.equal(await widget.model(), '1');
      assert.equal(await widget.text('.model-name'), 'A joint Marketing Tech division');
      assert.equal(await widget.count('.reasons li'), 3);
      assert.equal(await widget.count('.fit-row'), 3);
      await d.screenshot(`${d.name}-result-1280-en`);
    },
  },
  ...['id', 'en'].map((lang) => ({
    name: `the questionnaire completes with the keyboard alone (${lang})`,
    async run(d, base) {
      const widget = await openWidget(d, base, '/');
      if (lang === 'en') {
        await widget.query('.lang-switch button[lang=en]', 0, 'focus');
        await d.press('Enter');
        await widget.waitForText('.screen .nav .primary', 'Start');
      }
      await completeWithKeyboard(d, widget);
      assert.match(await widget.model(), /^[123]$/);
      // Shift+Tab walks back out of the result without a trap.
      await d.press('Shift+Tab');
      await until(() => widget.query('.lang-switch button', 1, 'focused'), 'the language switch to have focus');
    },
  })),
  {
    name: 'a share link opens the same result for someone else',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/plain.html#pricing');
      await widget.start();
      await widget.completeWith(REALISTIC[3]);
      const mine = await widget.resultSummary();
      const code = (await widget.text('.share-code')).split(': ')[1];
      assert.match(code, /^3[0-9A-Z]{14}$/);
      // Someone else: another visit, from another page, with nothing stored.
      await forgetVisits(d, base);
      await d.open(`${base}/examples/plain.html#pricing&cio-cmo=${code}`);
      const shared = new Widget(d);
      await shared.waitFor('.result[data-recommended-model]');
      assert.deepEqual(await shared.resultSummary(), mine);
      assert.equal(await shared.text('.eyebrow'), 'A result shared with you');
      assert.equal(await d.run(() => localStorage.getItem('cio-cmo-advisor/v1/default')), null);
    },
  },
  {
    name: 'a share link pasted into a tab already on the page opens its result, and keeps the visitor’s own answers',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/plain.html');
      await widget.start();
      await widget.completeWith(REALISTIC[2]);
      const code = (await widget.text('.share-code')).split(': ')[1];
      // The visitor's own, unfinished questionnaire in another visit.
      await forgetVisits(d, base);
      const own = await openWidget(d, base, '/examples/plain.html#pricing');
      await own.start();
      await own.choose(2);
      await own.next();
      await own.waitForText('.progress-text', 'Question 2 of 15');
      // Only the fragment changes: the page does not reload.
      await d.run(([code]) => { window.__samePage = true; location.hash = `pricing&cio-cmo=${code}`; }, code);
      await own.waitFor('.result[data-recommended-model]');
      assert.equal(await own.model(), '2');
      assert.equal(await own.text('.eyebrow'), 'A result shared with you');
      assert.equal(await d.run(() => window.__samePage), true);
      await own.click('.screen .nav .primary');
      await own.waitForText('.resume', /1 of 15/);
    },
  },
  {
    // The link is the one team.spec.mjs copies in Chromium: opened here in
    // every engine, it shows the same team.
    name: 'a team link opens the same team view, its labels as text',
    async run(d, base) {
      const members = [{ ...LEADERSHIP_TEAM[0], label: '<b>CEO</b>' }, ...LEADERSHIP_TEAM.slice(1)];
      const widget = await openWidget(d, base, `/examples/plain.html#team-cio-cmo=${teamLinkValue(members)}`);
      await widget.waitFor('.team-headline');
      assert.equal(await widget.query('.team-headline', 0, 'attr', 'data-recommended-model'), '3');
      assert.equal(await widget.text('.team-agreement'), 'Consensus: model 3 comes out on top for 3 of 4 members.');
      assert.equal(await widget.count('.member'), 4);
      assert.equal(await widget.count('.team-facts .fact-list > li'), 1);
      assert.equal(await widget.query('.team-divisions .differences > li', 0, 'attr', 'data-question'), 'new-unit-appetite');
      assert.equal(await widget.count('.team-divisions .differences > li'), 2);
      assert.equal(await widget.count('.workshop-questions li'), 4);
      assert.equal(await widget.text('.team-divisions dd', 2), '<b>CEO</b> and CMO');
      assert.equal(await widget.count('.team b'), 0);
      assert.equal(await d.run(() => localStorage.getItem('cio-cmo-advisor/v1/default')), null);
    },
  },
  {
    // The wasm is held back 4 s by the test server (/held-back/): the
    // build-time screens are all the visitor has until then.
    name: 'with the engine held back 4 s, the intro paints, Start and the first answer work, and the engine keeps the answer',
    async run(d, base) {
      await d.open(`${base}/fixtures/held-back.html?lang=en`);
      const widget = new Widget(d);
      await widget.waitForText('.intro h2', 'Which CIO–CMO collaboration model fits your company?');
      await widget.start();
      await widget.choose(2);
      // Still before the engine (it sends its events when it takes over):
      // mark what is shown, to see it replaced.
      const before = await d.run(() => {
        const root = document.querySelector('cio-cmo-advisor').shadowRoot.querySelector('.advisor-root');
        window.buildTimeRoot = root;
        return window.advisorEvents.length;
      });
      assert.equal(before, 0, 'the engine was not held back long enough for this test');
      await until(() => d.run(() => !window.buildTimeRoot.isConnected), 'the engine to take over', 15_000);
      assert.equal(await widget.query('input[type=radio]', 2, 'checked'), true);
      assert.equal(await widget.progress(), 'Question 1 of 15');
      assert.deepEqual(await d.run(() => window.advisorEvents.map((e) => `${e.type} ${e.detail.optionId ?? ''}`)), ['advisor-start ', 'advisor-answer 250-999']);
      await widget.next();
      await widget.waitForText('.progress-text', 'Question 2 of 15');
    },
  },
  {
    name: 'with the engine held back, saved progress waits behind a quiet placeholder, then is offered',
    async run(d, base) {
      const widget = await openWidget(d, base, '/fixtures/held-back.html?lang=en');
      await widget.start();
      await widget.choose(1);
      await widget.next();
      await widget.waitForText('.progress-text', 'Question 2 of 15');
      await d.reload();
      await widget.waitFor('.advisor.is-placeholder');
      assert.equal(await widget.query('.advisor', 0, 'attr', 'aria-busy'), 'true');
      assert.equal(await widget.query('.advisor-bar', 0, 'style', 'visibility'), 'hidden');
      await widget.waitForText('.resume', /1 of 15/);
      await widget.click('.resume button', 'Continue where you left off');
      await widget.waitForText('.progress-text', 'Question 2 of 15');
    },
  },
  {
    name: 'progress survives a reload and resumes where it left off',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/plain.html');
      await widget.start();
      for (const option of [2, 1, 3]) {
        await widget.choose(option);
        await widget.next();
      }
      await widget.waitForText('.progress-text', 'Question 4 of 15');
      await d.reload();
      await widget.waitForText('.resume', /3 of 15/);
      await widget.click('.resume button', 'Continue where you left off');
      await widget.waitForText('.progress-text', 'Question 4 of 15');
      await widget.click('.screen .nav .secondary');
      await widget.waitForText('.progress-text', 'Question 3 of 15');
      assert.equal(await widget.query('input[type=radio]', 3, 'checked'), true);
    },
  },
  {
    name: 'switching language keeps the answers',
    async run(d, base) {
      const widget = await openWidget(d, base, '/');
      await widget.start();
      await widget.choose(2);
      await widget.next();
      await widget.choose(1);
      await widget.click('.lang-switch button[lang=en]');
      await widget.waitForText('.progress-text', 'Question 2 of 15');
      assert.equal(await widget.query('input[type=radio]', 1, 'checked'), true);
      await widget.click('.screen .nav .secondary');
      await widget.waitForText('.progress-text', 'Question 1 of 15');
      assert.equal(await widget.query('input[type=radio]', 2, 'checked'), true);
      await widget.click('.lang-switch button[lang=id]');
      await widget.waitForText('.progress-text', 'Pertanyaan 1 dari 15');
      assert.equal(await widget.query('input[type=radio]', 2, 'checked'), true);
    },
  },
  {
    name: 'the hostile-CSS page shows the widget as the plain page does',
    async run(d, base) {
      const look = async (path) => {
        // Each page as a first visit: no resume offer from the other.
        await forgetVisits(d, base);
        const widget = await openWidget(d, base, path);
        // The same width on both pages (an inline !important beats any host rule).
        await d.run(() => document.querySelector('cio-cmo-advisor').style.setProperty('width', '640px', 'important'));
        const parts = ['.advisor', 'h2', '.screen .nav .primary', '.lang-switch button', '.intro-facts li'];
        const measure = async () => {
          const out = {};
          for (const part of parts) {
            const rect = await widget.query(part, 0, 'rect');
            out[part] = rect && {
              width: Math.round(rect.width), height: Math.round(rect.height),
              font: await widget.query(part, 0, 'style', 'font-size'),
              colour: await widget.query(part, 0, 'style', 'color'),
              background: await widget.query(part, 0, 'style', 'background-color'),
              display: await widget.query(part, 0, 'style', 'display'),
            };
          }
          return out;
        };
        const intro = await measure();
        await widget.start();
        await widget.choose(1);
        parts.splice(0, parts.length, '.advisor', 'legend h2', '.option', 'input[type=radio]', 'progress', '.screen .nav .primary');
        return { intro, question: await measure() };
      };
      const plain = await look('/examples/plain.html');
      const hostile = await look('/examples/hostile.html');
      assert.deepEqual(hostile, plain);
      await d.screenshot(`${d.name}-hostile-question`);
    },
  },
  {
    name: 'the strict-CSP page works: engine, stylesheet and accent all load',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/strict-csp.html');
      // The widget's stylesheet applied (a constructable stylesheet the
      // loader adopts, which the policy does not govern): its padding, not
      // a browser default.
      await until(async () => (await widget.query('.advisor', 0, 'style', 'padding-top')) === '20px', 'the widget stylesheet');
      // The accent arrives through the CSSOM, which the policy allows; it is
      // set just after the widget's first render.
      await until(async () => (await widget.query('.screen .nav .primary', 0, 'style', 'background-color')) === 'rgb(29, 78, 216)', 'the accent')
        .catch(async (error) => { throw new Error(`${error.message}: ${await widget.query('.screen .nav .primary', 0, 'style', 'background-color')}`); });
      await widget.start();
      await widget.completeWith(REALISTIC[1]);
      assert.equal(await widget.model(), '1');
    },
  },
  {
    name: "under the strict CSP, a page's own content file: fetched, checked by the reader worker, Malay by data alone, its own weights",
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/strict-csp-custom-content.html');
      await widget.waitForText('.advisor-name', 'Nusantara Advisory — Diagnostik Kolaborasi IT dan Pemasaran');
      assert.equal(await widget.count('.lang-switch button'), 3);
      assert.equal(await widget.text('.screen .nav .primary'), 'Mula');
      await widget.start();
      await widget.completeWith(REWEIGHTED);
      // The built-in weights would give model 3.
      assert.equal(await widget.model(), '1');
    },
  },
  {
    name: 'Print / PDF prints the result document, every section open',
    async run(d, base) {
      const widget = await openWidget(d, base, '/examples/plain.html');
      await widget.start();
      await widget.completeWith(REALISTIC[3]);
      // Catch the print frame as it is made, and what it would print.
      await d.run(() => {
        window.__printed = [];
        const root = document.querySelector('cio-cmo-advisor').shadowRoot;
        new MutationObserver((changes) => {
          for (const change of changes) for (const node of change.addedNodes) {
            if (node.classList && node.classList.contains('print-frame')) {
              node.contentWindow.print = () => {
                const doc = node.contentDocument;
                window.__printed.push({
                  title: doc.title,
                  lang: doc.documentElement.lang,
                  model: doc.querySelector('.result').getAttribute('data-recommended-model'),
                  sections: doc.querySelectorAll('details').length,
                  closed: doc.querySelectorAll('details:not([open])').length,
                  answers: doc.querySelectorAll('.answer-row').length,
                  stylesheet: doc.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('@page'))),
                  text: doc.body.textContent,
                });
              };
            }
          }
        }).observe(root, { childList: true, subtree: true });
      });
      await widget.click('.action-buttons button', 'Print / PDF');
      const [printed] = await until(() => d.run(() => window.__printed.length && window.__printed), 'the print frame to print');
      assert.equal(printed.model, '3');
      assert.equal(printed.lang, 'en');
      assert.equal(printed.title, 'CIO–CMO Collaboration Advisor');
      assert.ok(printed.sections >= 5, `${printed.sections} sections`);
      assert.equal(printed.closed, 0);
      assert.equal(printed.answers, QUESTION_COUNT);
      assert.ok(printed.stylesheet, 'the print frame has the widget stylesheet');
      assert.ok(!printed.text.includes('Plain embed'), 'the host page is not printed');
      assert.equal(await widget.count('iframe.print-frame'), 0);
    },
  },
  {
    name: 'with storage blocked the widget says so and still completes',
    async run(d, base) {
      const widget = await openWidget(d, base, '/fixtures/storage-blocked.html');
      await widget.waitForText('.notice p', 'Your browser does not let this page store data, so your progress will not be kept if you leave.');
      await widget.start();
      await widget.completeWith(REALISTIC[2]);
      assert.equal(await widget.model(), '2');
    },
  },
  {
    name: 'two widgets on one page stay independent',
    async run(d, base) {
      await d.open(`${base}/examples/two-widgets.html`);
      const [cio, cmo] = [new Widget(d, 0), new Widget(d, 1)];
      await cio.start();
      for (const option of [1, 1, 1]) { await cio.choose(option); await cio.next(); }
      await cmo.start();
      await cmo.choose(3);
      await cmo.next();
      await cio.waitForText('.progress-text', 'Pertanyaan 4 dari 15');
      await cmo.waitForText('.progress-text', 'Question 2 of 15');
      assert.equal(await cmo.query('.advisor', 0, 'attr', 'class'), 'advisor theme-dark');
      await d.reload();
      await cio.waitForText('.resume', /3 dari 15/);
      await cmo.waitForText('.resume', /1 of 15/);
    },
  },
  {
    name: 'on a 360 × 740 phone the result opens on the model, its fit and the first step',
    async run(d, base) {
      await d.viewport(360, 740);
      try {
        const widget = await openWidget(d, base, '/');
        await widget.start();
        await widget.completeWith(REALISTIC[3]);
        await until(() => widget.query('.result h2', 0, 'focused'), 'the result heading to have focus');
        // Everything the first screen must show is inside the viewport.
        for (const part of ['.model-number', '.model-name', '.headline-fit', '.first-step']) {
          const rect = await until(async () => {
            const r = await widget.query(part, 0, 'rect');
            return r && r.top >= 0 && r.bottom <= 740 && r;
          }, `${part} to be on the first screen`).catch(async (error) => {
            throw new Error(`${error.message}: ${JSON.stringify(await widget.query(part, 0, 'rect'))}`);
          });
          assert.ok(rect.height > 0, part);
        }
        // The rest waits in closed sections that open on tap.
        const sections = await widget.count('details.result-part');
        assert.ok(sections >= 5, `${sections} sections`);
        for (let i = 0; i < sections; i++) assert.equal(await widget.query('details.result-part', i, 'open'), false);
        await d.screenshot(`${d.name}-phone-result`);
        await widget.click('details.why > summary');
        await until(() => widget.query('details.why', 0, 'open'), 'the section to open');
        assert.equal(await widget.count('details.why .reasons li'), 3);
        const { pageOverflow } = await d.run(sidewaysOverflow, false);
        assert.ok(pageOverflow <= 0, `the page scrolls sideways by ${pageOverflow} px`);
      } finally {
        await d.viewport(1280, 900);
      }
    },
  },
  ...['flex-column', 'vite-app'].map((layout) => ({
    name: `in a flex layout (${layout}) the widget fills its box and keeps its width on every screen`,
    async run(d, base) {
      const widget = await openWidget(d, base, hostLayoutPath(layout));
      const seen = [];
      const measure = async (screen) => {
        const { widget: box, fill } = await d.run(widgetAndFillBox);
        seen.push(box);
        assert.ok(sameColumn(box, fill), `${screen}: the widget at ${JSON.stringify(box)}, its box at ${JSON.stringify(fill)}`);
      };
      await measure('intro');
      await widget.start();
      await widget.completeWith(REALISTIC[1], measure);
      // The left edge follows the box (a page scrollbar that comes and goes
      // moves a centred box); the width never changes.
      assert.equal(new Set(seen.map(({ width }) => width)).size, 1, `width per screen: ${JSON.stringify(seen)}`);
      await d.screenshot(`${d.name}-layout-${layout}`);
    },
  })),
  {
    name: 'at 320 px nothing scrolls sideways, on any screen',
    async run(d, base) {
      await d.open(`${base}/fixtures/narrow-frame.html`);
      const widget = new Widget(d, 0, { inFrame: true });
      await widget.ready();
      const check = async (screen) => {
        const { pageOverflow, widgetOverflow } = await d.run(sidewaysOverflow, true);
        assert.ok(pageOverflow <= 0, `${screen}: the page scrolls sideways by ${pageOverflow} px`);
        assert.ok(widgetOverflow <= 0, `${screen}: the widget's content is ${widgetOverflow} px too wide`);
      };
      await check('intro');
      await widget.start();
      await check('question');
      await widget.completeWith(REALISTIC[2]);
      await check('result');
      await d.screenshot(`${d.name}-320-result`);
    },
  },
];

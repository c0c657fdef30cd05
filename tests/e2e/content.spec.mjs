// A host page's own questionnaire: a content file (attribute or inline
// JSON) read by the on-demand reader module, with a third language, its own
// wording and weights; located errors for every malformed file; and what
// each kind of page fetches.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Advisor, REALISTIC } from './advisor.page.mjs';
import { REWEIGHTED } from '../answer-sets.mjs';
import { CASES, malformed } from './malformed-content.mjs';

const CUSTOM = readFileSync(new URL('../../examples/custom-content.json', import.meta.url), 'utf8');

/** Every request for the widget's own files, the page's and its workers'. */
function watchRequests(context) {
  const seen = [];
  context.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.startsWith('cio-cmo-advisor')) seen.push(name);
  });
  return seen;
}

function failOnPageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a plain page fetches exactly one wasm, and no reader', async ({ page, context }) => {
  const requests = watchRequests(context);
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.start();
  await advisor.completeWith(REALISTIC[2]);
  expect(requests.filter((r) => r.endsWith('.wasm'))).toEqual(['cio-cmo-advisor-app_bg.wasm']);
  expect(requests.filter((r) => /files|reader/.test(r))).toEqual([]);
});

test("a consultancy's own file: its name, its wording, Malay as a third language, its weights; the reader is fetched once", async ({ page, context }) => {
  const errors = failOnPageErrors(page);
  const requests = watchRequests(context);
  await page.goto('/examples/custom-content.html');
  const advisor = new Advisor(page);
  await advisor.ready();
  await expect(advisor.root.locator('.advisor-name')).toHaveText('Nusantara Advisory — Diagnostik Kolaborasi IT dan Pemasaran');
  await expect(advisor.root.locator('.lang-switch button')).toHaveText(['ID Bahasa Indonesia', 'EN English', 'MS Bahasa Melayu']);
  await expect(advisor.root.locator('.lang-switch button[lang=ms]')).toHaveAttribute('aria-pressed', 'true');
  await expect(advisor.forward()).toHaveText('Mula');
  await advisor.start();
  await advisor.completeWith(REWEIGHTED);
  expect(await advisor.result().getAttribute('data-recommended-model')).toBe('1');
  await advisor.switchLanguage('en');
  await expect(advisor.root.locator('.advisor-name')).toHaveText('Nusantara Advisory — IT and Marketing Collaboration Check');
  expect(requests.filter((r) => r.endsWith('.wasm')).sort()).toEqual(['cio-cmo-advisor-app_bg.wasm', 'cio-cmo-advisor-reader_bg.wasm']);
  // The files module twice: imported by the page, then started as the
  // reader's worker (the test server forbids caching; a host's cache serves
  // the second).
  expect(requests.filter((r) => r === 'cio-cmo-advisor-files.js')).toHaveLength(2);
  expect(requests.filter((r) => r === 'cio-cmo-advisor-reader.js')).toHaveLength(1);
  expect(errors).toEqual([]);

  // The same answers on the built-in questionnaire: model 3.
  await page.goto('/examples/plain.html');
  const plain = new Advisor(page);
  await plain.start();
  await plain.completeWith(REWEIGHTED);
  expect(await plain.result().getAttribute('data-recommended-model')).toBe('3');
});

test("a code made with a host's own questionnaire is refused on another, with its own message", async ({ page, browser }) => {
  await page.goto('/examples/custom-content.html');
  const advisor = new Advisor(page);
  await advisor.start();
  await advisor.completeWith(REWEIGHTED);
  const code = (await advisor.root.locator('.share-code').textContent()).split(': ')[1];
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/examples/plain.html#cio-cmo=${code}`);
  const opened = new Advisor(visitor);
  await expect(opened.root.locator('.notice p')).toHaveText(
    'This link or code was made with another questionnaire and cannot be opened here. The shared result cannot be shown; you can take the questionnaire yourself.',
  );
  await expect(opened.result()).toHaveCount(0);
  // And the consultancy's own page opens it.
  await visitor.goto(`/examples/custom-content.html#cio-cmo=${code}`);
  await expect(new Advisor(visitor).result()).toHaveAttribute('data-recommended-model', '1');
});

test('content given inline, as <script type="application/json"> inside the element', async ({ page }) => {
  await page.route('**/fixtures/inline-content.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inline</title>
<script type="module" src="/cio-cmo-advisor.js"></script></head><body>
<cio-cmo-advisor lang="en"><script type="application/json">${CUSTOM.replaceAll('</', '<\\/')}</script></cio-cmo-advisor></body></html>`,
  }));
  await page.goto('/fixtures/inline-content.html');
  const advisor = new Advisor(page);
  await advisor.ready();
  await expect(advisor.root.locator('.advisor-name')).toHaveText('Nusantara Advisory — IT and Marketing Collaboration Check');
  await expect(advisor.root.locator('.lang-switch button')).toHaveCount(3);
});

test('changing the content attribute starts the widget again with that questionnaire', async ({ page }) => {
  await page.goto('/examples/custom-content.html');
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.advisor-name')).toHaveText(/Nusantara Advisory/);
  await page.locator('cio-cmo-advisor').evaluate((element) => element.removeAttribute('content'));
  // The built-in questionnaire has no Malay: the browser's English.
  await expect(advisor.root.locator('.advisor-name')).toHaveText('CIO–CMO Collaboration Advisor');
  await expect(advisor.root.locator('.lang-switch button')).toHaveCount(2);
  await page.locator('cio-cmo-advisor').evaluate((element) => { element.content = 'custom-content.json'; });
  await expect(advisor.root.locator('.advisor-name')).toHaveText(/Nusantara Advisory/);
});

test('a content file that cannot be fetched says so, with the page fallback under it', async ({ page }) => {
  await page.route('**/fixtures/test-content.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const errors = failOnPageErrors(page);
  await page.goto('/fixtures/content-host.html');
  const failure = page.locator('cio-cmo-advisor .load-failure');
  await expect(failure).toHaveAttribute('role', 'alert');
  await expect(failure).toContainText("This page's questionnaire cannot be shown.");
  await expect(failure).toContainText('/fixtures/test-content.json could not be fetched (HTTP 404).');
  await expect(failure).toContainText('Fallback for browsers without scripts.');
  expect(errors).toEqual([]);
});

test('when the reader module cannot load, a page with its own content says so instead of waiting forever', async ({ page }) => {
  // The files module (and so the worker) loads; the reader's JS does not.
  await page.route(/cio-cmo-advisor-reader/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/examples/custom-content.html');
  const failure = page.locator('cio-cmo-advisor .load-failure');
  await expect(failure).toContainText("custom-content.json could not be checked: the widget's reader module could not be started");
});

test('an empty content attribute means the built-in questionnaire', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/examples/plain.html');
  await page.locator('cio-cmo-advisor').evaluate((element) => { element.content = ''; });
  const advisor = new Advisor(page);
  await advisor.start();
  await expect(advisor.progress()).toHaveText('Question 1 of 15');
  expect(errors).toEqual([]);
});

test('when the reader module cannot load, downloading answers says so instead of doing nothing', async ({ page }) => {
  await page.route(/cio-cmo-advisor-reader/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.start();
  await advisor.completeWith(REALISTIC[1]);
  await advisor.openSection('actions');
  await advisor.root.getByRole('button', { name: 'Download answers' }).click();
  await expect(advisor.root.locator('.download-status')).toHaveText(
    'The answers file could not be made in this browser. Try reloading the page.',
  );
});

test.describe('every malformed content file gets its located error on the page and the full list in the console', () => {
  for (const [index, c] of CASES.entries()) {
    test(`${index + 1}. ${c.name}`, async ({ page }) => {
      const errors = failOnPageErrors(page);
      const console = [];
      page.on('console', (message) => { if (message.type() === 'error') console.push(message.text()); });
      await page.route('**/fixtures/test-content.json', (route) => route.fulfill({
        contentType: 'application/json', body: malformed(c.edits),
      }));
      await page.goto('/fixtures/content-host.html');
      const failure = page.locator('cio-cmo-advisor .load-failure');
      await expect(failure).toContainText("This page's questionnaire cannot be shown.");
      await expect(failure).toContainText(`${c.pointer || '(the file)'}: `);
      await expect(failure).toContainText(c.message);
      // Never a half-working questionnaire.
      await expect(page.locator('cio-cmo-advisor .advisor')).toHaveCount(0);
      expect(console.join('\n')).toContain(c.message);
      expect(errors).toEqual([]);
    });
  }
});

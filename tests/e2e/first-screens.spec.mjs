// The build-time first screens (issue 20): what the loader paints while the
// engine loads, and how the engine takes over. The engine's wasm is held
// back until a test lets it through, so each test sees both sides. The same
// behaviour with a 4 s hold in Chromium, Firefox and WebKit is a
// cross-engine scenario (scenarios.mjs).
import { test, expect } from '@playwright/test';
import { Advisor, LEADERSHIP_TEAM, expectNoViolations } from './advisor.page.mjs';
import { teamLinkValue } from '../answer-sets.mjs';

const PAGE = '/fixtures/held-back.html';

/** Holds the engine's wasm until the returned function is called. */
async function holdEngine(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/held-back/cio-cmo-advisor-app_bg.wasm', async (route) => {
    await released;
    // Served from the unheld path, so the test server adds no delay.
    await route.fulfill({ response: await page.request.fetch('/cio-cmo-advisor-app_bg.wasm') });
  });
  return release;
}

/** Lets the engine in and waits until its render has replaced what was shown. */
async function letEngineIn(page, release) {
  await page.evaluate(() => { window.shownBefore = document.querySelector('cio-cmo-advisor').shadowRoot.querySelector('.advisor-root'); });
  release();
  await page.waitForFunction(() => !window.shownBefore.isConnected);
}

/**
 * The widget's DOM as a comparable string: ids lose their per-widget
 * prefix, boolean attributes their spelling (`disabled=""`, `disabled`),
 * and inputs and buttons show their live state.
 */
function widgetDom(page) {
  return page.evaluate(() => {
    const write = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attributes = [...node.attributes]
        .map(({ name, value }) => (value === '' || value === name ? name : `${name}="${value.replace(/\bcca\d+-/g, 'ID-')}"`))
        .sort();
      const state = node.localName === 'input' ? ` (checked ${node.checked})` : node.localName === 'button' ? ` (disabled ${node.disabled})` : '';
      return `<${node.localName} ${attributes.join(' ')}${state}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
    };
    return write(document.querySelector('cio-cmo-advisor').shadowRoot.querySelector('.advisor'));
  });
}

function events(page) {
  return page.evaluate(() => window.advisorEvents.map(({ type, detail }) => (detail.optionId ? `${type} ${detail.optionId}` : type)));
}

for (const lang of ['id', 'en']) {
  for (const theme of ['light', 'dark']) {
    test(`${lang}, ${theme}: the build-time intro and first question are the engine's own, and pass axe`, async ({ page }) => {
      const release = await holdEngine(page);
      await page.goto(`${PAGE}?lang=${lang}&theme=${theme}`);
      const advisor = new Advisor(page);
      await expect(advisor.root.locator('.intro h2')).toBeVisible();
      const intro = await widgetDom(page);
      await expectNoViolations(page, 'build-time intro');
      await advisor.forward().click();
      await expect(advisor.progress()).toHaveText(lang === 'id' ? 'Pertanyaan 1 dari 15' : 'Question 1 of 15');
      await expect(advisor.root.locator('[aria-live]')).toHaveText(lang === 'id' ? 'Pertanyaan 1 dari 15' : 'Question 1 of 15');
      const question = await widgetDom(page);
      await expectNoViolations(page, 'build-time first question');
      await advisor.options().nth(3).check();
      const answered = await widgetDom(page);
      await expectNoViolations(page, 'build-time first question, answered');
      const shifts = await page.evaluate(() => window.layoutShifts.length);
      const height = await advisor.root.locator('.advisor').evaluate((e) => e.getBoundingClientRect().height);

      await letEngineIn(page, release);
      expect(await widgetDom(page)).toBe(answered);
      // The box kept its size: nothing on the host page moved.
      expect(await advisor.root.locator('.advisor').evaluate((e) => e.getBoundingClientRect().height)).toBe(height);
      expect(await page.evaluate(() => window.layoutShifts.length)).toBe(shifts);
      expect(await events(page)).toEqual(['advisor-start', 'advisor-answer 1000-4999']);
      // The engine's own intro, and its first question before an answer.
      await advisor.back().click();
      await expect(advisor.root.locator('.intro')).toBeVisible();
      expect(await widgetDom(page)).toBe(intro);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await advisor.forward().click();
      await expect(advisor.progress()).toBeVisible();
      await page.waitForFunction(() => window.advisorEvents.length === 1);
      expect(await widgetDom(page)).toBe(question);
    });
  }
}

test('the company name goes in as text and the accent through the CSSOM, as the engine does', async ({ page }) => {
  const release = await holdEngine(page);
  const company = '<b>Maju</b> & Sons';
  await page.goto(`${PAGE}?lang=en&accent=%238a2be2&company=${encodeURIComponent(`  ${company} `)}`);
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.intro h2')).toHaveText(`Which CIO–CMO collaboration model fits ${company}?`);
  await expect(advisor.root.locator('.intro b')).toHaveCount(0);
  await expect(advisor.root.locator('.advisor')).toHaveCSS('--accent', '#8a2be2');
  const before = await widgetDom(page);
  await letEngineIn(page, release);
  expect(await widgetDom(page)).toBe(before);
});

test('with the keyboard alone before the engine: Start, an answer, and Next waits, then the engine goes on to question 2', async ({ page }) => {
  const release = await holdEngine(page);
  await page.goto(`${PAGE}?lang=en`);
  const advisor = new Advisor(page);
  await expect(advisor.forward()).toBeVisible();
  await advisor.forward().focus();
  await page.keyboard.press('Enter');
  await expect(advisor.root.locator('legend h2')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(advisor.options().nth(1)).toBeChecked();
  await expect(advisor.forward()).toBeEnabled();
  await page.keyboard.press('Enter');
  // Waiting for the engine, and saying so; further keys change nothing.
  await expect(advisor.forward()).toHaveClass(/is-busy/);
  await expect(advisor.forward()).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(advisor.options().nth(1)).toBeChecked();
  expect(await events(page)).toEqual([]);

  await letEngineIn(page, release);
  await expect(advisor.progress()).toHaveText('Question 2 of 15');
  await expect(advisor.root.locator('legend h2')).toBeFocused();
  expect(await events(page)).toEqual(['advisor-start', 'advisor-answer 50-249']);
  expect(await page.evaluate(() => localStorage.getItem('cio-cmo-advisor/v1/default'))).toMatch(/\|q1\|1-{14}$/);
  await advisor.back().click();
  await expect(advisor.options().nth(1)).toBeChecked();
});

test('before the engine, the language switch and Back work; the engine starts where the visitor is', async ({ page }) => {
  const release = await holdEngine(page);
  await page.goto(`${PAGE}?lang=en`);
  const advisor = new Advisor(page);
  await advisor.switchLanguage('id');
  await expect(advisor.forward()).toHaveText('Mulai');
  await expect(advisor.root.locator('.lang-switch button[lang=id]')).toBeFocused();
  await expect(advisor.root.locator('.advisor')).toHaveAttribute('lang', 'id');
  await advisor.forward().click();
  await advisor.options().nth(0).check();
  await advisor.back().click();
  await expect(advisor.root.locator('.intro h2')).toBeFocused();
  await letEngineIn(page, release);
  await expect(advisor.forward()).toHaveText('Mulai');
  await expect(advisor.root.locator('.intro h2')).toBeFocused();
  await advisor.forward().click();
  await expect(advisor.progress()).toHaveText('Pertanyaan 1 dari 15');
  await expect(advisor.options().nth(0)).toBeChecked();
  expect(await events(page)).toEqual(['advisor-start', 'advisor-answer under-50', 'advisor-start']);
});

test('Team view and a file chosen before the engine wait for it, then open and load', async ({ page }) => {
  const release = await holdEngine(page);
  await page.goto(`${PAGE}?lang=en`);
  const advisor = new Advisor(page);
  const team = advisor.root.getByRole('button', { name: 'Team view' });
  await team.click();
  await expect(team).toHaveClass(/is-busy/);
  await letEngineIn(page, release);
  await expect(advisor.root.locator('.team h2')).toBeFocused();

  // Visiting the team view saved progress, which would be offered: start afresh.
  await page.evaluate(() => localStorage.clear());
  await page.unroute('**/held-back/cio-cmo-advisor-app_bg.wasm');
  const again = await holdEngine(page);
  await page.reload();
  const answers = { format: 'cio-cmo-advisor-answers', version: 1 };
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    advisor.root.getByRole('button', { name: 'Load answers from a file' }).click(),
  ]);
  await chooser.setFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
  await expect(advisor.root.getByRole('button', { name: 'Load answers from a file' })).toHaveClass(/is-busy/);
  await letEngineIn(page, again);
  // The engine read the file: what it says of it is its own notice.
  await expect(advisor.root.locator('.notice')).toBeVisible();
});

test('a visit that does not start on the intro waits behind a quiet placeholder of the intro’s size', async ({ page }) => {
  let release = await holdEngine(page);
  await page.goto(`${PAGE}?lang=en`);
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.intro h2')).toBeVisible();
  const introHeight = await advisor.root.locator('.advisor').evaluate((e) => e.getBoundingClientRect().height);
  // Progress of a visit: kept aside for the last case.
  await advisor.forward().click();
  await advisor.options().nth(2).check();
  await letEngineIn(page, release);
  const saved = await page.evaluate(() => localStorage.getItem('cio-cmo-advisor/v1/default'));
  expect(saved).toMatch(/\|q0\|2-{14}$/);
  await page.evaluate(() => localStorage.clear());

  const cases = [
    ['a share link', `${PAGE}?lang=en&theme=light#cio-cmo=${LEADERSHIP_TEAM[0].code}`, '.result[data-recommended-model]'],
    ['a team link', `${PAGE}?lang=en#team-cio-cmo=${teamLinkValue(LEADERSHIP_TEAM)}`, '.team-headline'],
    ['the host’s own content', `${PAGE}?lang=en&content=/examples/custom-content.json`, '.intro h2'],
    ['saved progress', `${PAGE}?lang=en`, '.resume'],
  ];
  for (const [what, path, ready] of cases) {
    if (what === 'saved progress') await page.evaluate((saved) => localStorage.setItem('cio-cmo-advisor/v1/default', saved), saved);
    await page.unroute('**/held-back/cio-cmo-advisor-app_bg.wasm');
    release = await holdEngine(page);
    await page.goto(path);
    const placeholder = advisor.root.locator('.advisor.is-placeholder');
    await expect(placeholder, what).toBeAttached();
    await expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(await placeholder.evaluate((e) => e.inert)).toBe(true);
    await expect(advisor.root.locator('.advisor-bar')).toBeHidden();
    expect(await placeholder.evaluate((e) => e.getBoundingClientRect().height), what).toBe(introHeight);
    await letEngineIn(page, release);
    await expect(advisor.root.locator(ready).first(), what).toBeVisible();
    if (what === 'the host’s own content') {
      await expect(advisor.root.locator('.intro h2')).toHaveText('How should IT and marketing work together at your company?');
    }
    // Nothing was started or answered (a team view tells the page of its team).
    expect((await events(page)).filter((type) => type !== 'advisor-team'), what).toEqual([]);
  }
});

test('under a strict CSP the build-time screens paint and work, with nothing refused', async ({ page }) => {
  const refused = [];
  page.on('console', (message) => { if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text()); });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/cio-cmo-advisor-app_bg.wasm', async (route) => { await released; await route.continue(); });
  await page.goto('/examples/strict-csp.html');
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.intro h2')).toBeVisible();
  await expect(advisor.root.locator('.advisor')).toHaveCSS('--accent', '#1d4ed8');
  await advisor.forward().click();
  await advisor.options().nth(1).check();
  await page.evaluate(() => { window.shownBefore = document.querySelector('cio-cmo-advisor').shadowRoot.querySelector('.advisor-root'); });
  release();
  await page.waitForFunction(() => !window.shownBefore.isConnected);
  await expect(advisor.options().nth(1)).toBeChecked();
  expect(refused).toEqual([]);
});

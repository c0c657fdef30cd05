// Embedding on pages the widget does not control: the example pages, style
// isolation both ways, attributes, events, strict CSP, network and cookies,
// loading from another origin, and failure that is visible.
import { test, expect } from '@playwright/test';
import { Advisor, REALISTIC, QUESTION_COUNT, saveScreenshot } from './advisor.page.mjs';
import { startServer } from './static-server.mjs';

/** Computed styles of the widget's key parts, from inside its shadow root. */
async function keyStyles(page) {
  return page.locator('cio-cmo-advisor').evaluate((host) => {
    const parts = {
      host: [host, ['display']],
      advisor: ['.advisor', ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'padding-top', 'border-top-width', 'text-transform', 'letter-spacing']],
      heading: ['h2', ['font-size', 'font-weight', 'color', 'display']],
      forward: ['.nav .primary', ['display', 'background-color', 'color', 'font-size', 'padding-left', 'border-radius']],
      language: ['.lang-switch button', ['display', 'font-size', 'background-color']],
      option: ['.option', ['display', 'border-top-style', 'padding-top', 'color']],
      radio: ['input[type=radio]', ['opacity', 'appearance', 'width']],
      progress: ['progress', ['visibility', 'display']],
    };
    const out = {};
    for (const [name, [target, properties]] of Object.entries(parts)) {
      const element = typeof target === 'string' ? host.shadowRoot.querySelector(target) : target;
      if (!element) continue;
      const style = getComputedStyle(element);
      out[name] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  });
}

/** Share of pixels that differ visibly between two same-sized PNG screenshots. */
async function pixelDifference(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const decode = async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [x, y] = [await decode(a), await decode(b)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(x.data[i + c] - y.data[i + c])));
      if (delta > 48) differing++;
    }
    return differing / (x.width * x.height);
  }, [a.toString('base64'), b.toString('base64')]);
}

/** Resolves any CSS colour to rgb() as the browser paints it. */
async function painted(locator, property) {
  return locator.evaluate((element, property) => {
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    context.fillStyle = getComputedStyle(element).getPropertyValue(property);
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, property);
}

/** Fixes the widget's width (inline !important beats any host rule) so two pages can be compared pixel for pixel. */
async function fixWidth(page) {
  await page.locator('cio-cmo-advisor').evaluate((host) => host.style.setProperty('width', '640px', 'important'));
  // The page shows through the widget's rounded corners; make it the same.
  await page.evaluate(() => {
    for (const element of [document.documentElement, document.body]) element.style.setProperty('background', 'white', 'important');
  });
}

test.describe('example pages', () => {
  test('plain embed: one script, one tag, loaded from another folder', async ({ page }) => {
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[2]);
    expect(await advisor.recommendedModel()).toBe('2');
  });

  test('two widgets on one page work independently', async ({ page }) => {
    await page.goto('/examples/two-widgets.html');
    const cio = new Advisor(page, 0);
    const cmo = new Advisor(page, 1);
    await cio.start();
    await cmo.start();
    // Interleave: answering one must not touch the other.
    await cio.options().nth(4).check();
    await expect(cmo.options().nth(4)).not.toBeChecked();
    await expect(cmo.forward()).toBeDisabled();
    await cio.forward().click();
    await expect(cio.progress()).toHaveText('Pertanyaan 2 dari 15');
    await expect(cmo.progress()).toHaveText('Question 1 of 15');
    await cio.back().click();
    await cio.completeWith(REALISTIC[3]);
    await cmo.completeWith(REALISTIC[1]);
    expect(await cio.recommendedModel()).toBe('3');
    expect(await cmo.recommendedModel()).toBe('1');
    await expect(cmo.root.locator('.advisor')).toHaveClass(/theme-dark/);
    await saveScreenshot(page, 'two-widgets');
  });

  test('a hostile host page neither breaks nor restyles the widget', async ({ page, browser }) => {
    await page.goto('/examples/plain.html');
    const plain = new Advisor(page);
    await plain.ready();
    await fixWidth(page);
    const hostile = await browser.newPage();
    await hostile.goto('/examples/hostile.html');
    const attacked = new Advisor(hostile);
    await attacked.ready();
    await fixWidth(hostile);

    // Intro, a question and the result look the same, measured and pictured.
    const compare = async (name) => {
      expect(await keyStyles(hostile)).toEqual(await keyStyles(page));
      const [a, b] = [await plain.root.screenshot(), await attacked.root.screenshot()];
      await saveScreenshot(attacked.root, `hostile-${name}`);
      // Identical up to anti-aliasing of sub-pixel positions (well under 0.2%).
      expect(await pixelDifference(page, a, b), `${name}: the widget looks different on the hostile page`).toBeLessThan(0.002);
    };
    await compare('intro');
    await plain.forward().click();
    await attacked.forward().click();
    await plain.options().nth(1).check();
    await attacked.options().nth(1).check();
    await compare('question');
    await plain.forward().click();
    await attacked.forward().click();
    for (const option of REALISTIC[3].slice(1)) {
      for (const advisor of [plain, attacked]) {
        await advisor.options().nth(option).check();
        await advisor.forward().click();
      }
    }
    await expect(attacked.result()).toBeVisible();
    expect(await attacked.recommendedModel()).toBe('3');
    await compare('result');
    await hostile.close();
  });

  test('the widget does not restyle the host page', async ({ page }) => {
    await page.goto('/examples/plain.html');
    await new Advisor(page).ready();
    // The host uses the same class names as the widget; it keeps its own look.
    const host = await page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(`main > .host-controls ${selector}`));
      return {
        button: { border: style('.primary').borderTopStyle, background: style('.primary').backgroundColor, color: style('.primary').color },
        option: { border: style('.option').borderTopStyle, color: style('.option').color },
        body: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(host).toEqual({
      button: { border: 'dashed', background: 'rgb(255, 237, 213)', color: 'rgb(124, 45, 18)' },
      option: { border: 'dotted', color: 'rgb(51, 78, 104)' },
      body: 'Georgia, serif',
    });
  });

  test('strict Content-Security-Policy: works, and nothing is blocked', async ({ page }) => {
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto('/examples/strict-csp.html');
    expect(response.headers()['content-security-policy']).toContain("style-src 'self'");
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[1]);
    expect(await advisor.recommendedModel()).toBe('1');
    // The accent arrives through the CSSOM, which the policy allows.
    await expect(advisor.forward()).toHaveCSS('background-color', 'rgb(29, 78, 216)');
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('attributes', () => {
  test('lang, theme, accent and company are followed live', async ({ page }) => {
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.ready();
    const element = page.locator('cio-cmo-advisor');
    await expect(advisor.heading()).toHaveText('Which CIO–CMO collaboration model fits Example Holdings?');
    await element.evaluate((e) => e.setAttribute('lang', 'id'));
    await expect(advisor.forward()).toHaveText('Mulai');
    await element.evaluate((e) => e.setAttribute('company', 'PT Sinar Jaya'));
    await expect(advisor.heading()).toHaveText('Model kolaborasi CIO–CMO mana yang cocok untuk PT Sinar Jaya?');
    await element.evaluate((e) => e.setAttribute('theme', 'dark'));
    await expect(advisor.root.locator('.advisor')).toHaveClass(/theme-dark/);
    await expect(advisor.root.locator('.advisor')).toHaveCSS('background-color', 'rgb(20, 24, 29)');
    await element.evaluate((e) => e.setAttribute('accent', 'gold'));
    await expect(advisor.forward()).toHaveCSS('background-color', 'rgb(255, 215, 0)');
    // Text on a light accent turns dark so it stays readable.
    await expect.poll(() => painted(advisor.forward(), 'color')).toBe('rgb(0, 0, 0)');
    await element.evaluate((e) => e.setAttribute('accent', '#0b6e4f'));
    await expect.poll(() => painted(advisor.forward(), 'color')).toBe('rgb(255, 255, 255)');
    await element.evaluate((e) => e.removeAttribute('company'));
    await expect(advisor.heading()).toHaveText('Model kolaborasi CIO–CMO mana yang cocok untuk perusahaan Anda?');
  });

  test('invalid values warn in the console and fall back to the default', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.ready();
    const element = page.locator('cio-cmo-advisor');
    await element.evaluate((e) => {
      e.setAttribute('theme', 'neon');
      e.setAttribute('accent', 'url(javascript:alert(1))');
      e.setAttribute('lang', 'fr');
    });
    await expect.poll(() => warnings.length).toBe(3);
    expect(warnings[0]).toContain('theme="neon"');
    expect(warnings[1]).toContain('accent="url(javascript:alert(1))"');
    expect(warnings[2]).toContain('lang="fr"');
    await expect(advisor.root.locator('.advisor')).toHaveClass(/theme-light/);
    await expect(advisor.forward()).toHaveCSS('background-color', 'rgb(11, 110, 79)');
    // The page is in English, so an unknown lang falls back to English.
    await expect(advisor.forward()).toHaveText('Start');
  });

  test('a listener for a misspelt event warns in the console, naming the real ones', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto('/examples/plain.html');
    await new Advisor(page).ready();
    await page.locator('cio-cmo-advisor').evaluate((e) => {
      e.addEventListener('advisor-complete', () => {});
      e.addEventListener('advisor-completed', () => {});
      e.addEventListener('AdvisorComplete', () => {});
      e.addEventListener('click', () => {});
    });
    await expect.poll(() => warnings.length).toBe(2);
    expect(warnings[0]).toBe('<cio-cmo-advisor>: there is no "advisor-completed" event, so this listener will never run. The events are advisor-start, advisor-answer, advisor-complete, advisor-team.');
    expect(warnings[1]).toContain('no "AdvisorComplete" event');
  });

  test('without a lang attribute the widget follows the page language', async ({ page }) => {
    await page.goto('/examples/two-widgets.html');
    await expect(new Advisor(page, 0).forward()).toHaveText('Mulai');
    await expect(new Advisor(page, 1).forward()).toHaveText('Start');
  });
});

test.describe('events for the host page', () => {
  test('start, answer and complete fire once each, with the documented payloads', async ({ page }) => {
    await page.addInitScript(() => {
      window.__events = [];
      for (const type of ['advisor-start', 'advisor-answer', 'advisor-complete']) {
        window.addEventListener(type, (e) => window.__events.push({
          type, detail: e.detail, bubbles: e.bubbles, composed: e.composed, target: e.target.tagName,
        }));
      }
    });
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[3]);
    const events = await page.evaluate(() => window.__events);
    const of = (type) => events.filter((e) => e.type === type);
    expect(of('advisor-start')).toEqual([{ type: 'advisor-start', detail: {}, bubbles: true, composed: true, target: 'CIO-CMO-ADVISOR' }]);
    const answers = of('advisor-answer');
    expect(answers).toHaveLength(QUESTION_COUNT);
    expect(answers[0].detail).toEqual({ questionId: 'headcount', optionId: '5000-plus' });
    expect(answers[14].detail).toEqual({ questionId: 'digital-cx', optionId: 'central' });
    const complete = of('advisor-complete');
    expect(complete).toHaveLength(1);
    expect(complete[0].detail).toEqual({ model: 3, modelKey: 'separate-lanes', fit: { 1: 63, 2: 43, 3: 92 } });
    // The page's own analytics snippet saw the same events.
    await expect(page.locator('.event-log')).toContainText('advisor-complete {"model":3,"modelKey":"separate-lanes"');

    // Once per distinct answer set: back from the review with nothing
    // changed is not a new completion; a changed answer is.
    await advisor.root.getByRole('button', { name: 'Change answers' }).click();
    await advisor.root.getByRole('button', { name: 'See result' }).click();
    await expect(advisor.result()).toBeVisible();
    expect(await page.evaluate(() => window.__events.filter((e) => e.type === 'advisor-complete').length)).toBe(1);
    await advisor.root.getByRole('button', { name: 'Change answers' }).click();
    await advisor.root.getByRole('button', { name: 'Change answer: Headcount' }).click();
    await advisor.options().nth(3).check();
    await advisor.forward().click();
    await advisor.root.getByRole('button', { name: 'See result' }).click();
    await expect(advisor.result()).toBeVisible();
    expect(await page.evaluate(() => window.__events.filter((e) => e.type === 'advisor-complete').length)).toBe(2);
  });
});

test.describe('privacy and hosting', () => {
  test('no request leaves the widget origin and no cookie is set', async ({ page, context, baseURL }) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[1]);
    const origin = new URL(baseURL).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('loads from another origin and a nested folder, like a CDN', async ({ page }) => {
    const cdn = await startServer(0, { cors: true, prefix: '/assets/advisor/v1/' });
    const cdnBase = `http://127.0.0.1:${cdn.address().port}/assets/advisor/v1/`;
    try {
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`/fixtures/cdn-host.html?src=${encodeURIComponent(`${cdnBase}cio-cmo-advisor.js`)}`);
      const advisor = new Advisor(page);
      await advisor.start();
      await advisor.completeWith(REALISTIC[2]);
      expect(await advisor.recommendedModel()).toBe('2');
      const widgetFiles = requests.filter((url) => url.startsWith(cdnBase)).map((url) => url.slice(cdnBase.length)).sort();
      expect(widgetFiles).toEqual(['cio-cmo-advisor-app.js', 'cio-cmo-advisor-app_bg.wasm', 'cio-cmo-advisor.js']);
    } finally {
      cdn.close();
    }
  });

  test('from a CDN, a content file of the page still works: the reader runs on the page, as no worker may start from another origin', async ({ page }) => {
    const cdn = await startServer(0, { cors: true, prefix: '/assets/advisor/v1/' });
    const cdnBase = `http://127.0.0.1:${cdn.address().port}/assets/advisor/v1/`;
    try {
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/fixtures/cdn-host.html?src=${encodeURIComponent(`${cdnBase}cio-cmo-advisor.js`)}&content=/examples/custom-content.json`);
      const advisor = new Advisor(page);
      await expect(advisor.root.locator('.advisor-name')).toHaveText(/Nusantara Advisory/);
      await advisor.start();
      await advisor.completeWith(REALISTIC[2]);
      expect(errors).toEqual([]);
    } finally {
      cdn.close();
    }
  });
});

test.describe('failure is visible', () => {
  for (const [lang, message] of [
    ['en', 'The CIO–CMO Collaboration Advisor could not be loaded in this browser.'],
    ['id', 'Penasihat Kolaborasi CIO–CMO tidak dapat dimuat di browser ini.'],
  ]) {
    test(`a missing engine shows a readable message (${lang})`, async ({ page }) => {
      page.on('console', () => {}); // the loader logs the cause for the web team
      await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto('/examples/plain.html');
      await page.locator('cio-cmo-advisor').evaluate((e, l) => e.setAttribute('lang', l), lang);
      const failure = page.locator('cio-cmo-advisor .load-failure');
      await expect(failure).toContainText(message);
      await expect(failure).toHaveAttribute('role', 'alert');
      // Under it, the page's own fallback from the <noscript> in the element.
      await expect(failure.getByRole('link', { name: 'Read about the three models' })).toHaveAttribute('href', 'https://example.com/cio-cmo-models/');
    });
  }

  test('without JavaScript the page’s fallback shows; with it, never', async ({ browser, page }) => {
    const noScripts = await browser.newContext({ javaScriptEnabled: false });
    const bare = await noScripts.newPage();
    await bare.goto('/examples/plain.html');
    await expect(bare.getByRole('link', { name: 'Read about the three models' })).toBeVisible();
    await noScripts.close();
    await page.goto('/examples/plain.html');
    await new Advisor(page).ready();
    await expect(page.getByText('needs JavaScript')).toBeHidden();
  });

  test('a policy that forbids WebAssembly shows the message too', async ({ page }) => {
    await page.route('**/examples/plain.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } });
    });
    await page.goto('/examples/plain.html');
    await expect(page.locator('cio-cmo-advisor .load-failure')).toContainText('could not be loaded');
  });
});

// WCAG 2.2 AA: axe-core on every screen (both languages, light and dark),
// keyboard-only use, screen-reader semantics, reflow at 320 px and 200%
// zoom, target sizes, reduced motion, locale formatting, language parity.
import { test, expect } from '@playwright/test';
import { Advisor, REALISTIC, ARCHETYPE, LEADERSHIP_TEAM, QUESTION_COUNT, axe, expectNoViolations, saveScreenshot } from './advisor.page.mjs';

async function open(page, { lang, theme }) {
  await page.goto('/');
  const advisor = new Advisor(page);
  await advisor.ready();
  await page.locator('cio-cmo-advisor').evaluate((e, [l, t]) => { e.setAttribute('lang', l); e.setAttribute('theme', t); }, [lang, theme]);
  await expect(advisor.root.locator('.advisor')).toHaveAttribute('lang', lang);
  return advisor;
}

for (const lang of ['id', 'en']) {
  for (const theme of ['light', 'dark']) {
    test.describe(`axe, ${lang}, ${theme}`, () => {
      test('intro, every question, review and result', async ({ page }) => {
        const advisor = await open(page, { lang, theme });
        await expectNoViolations(page, 'intro');
        await advisor.forward().click();
        for (let q = 0; q < QUESTION_COUNT; q++) {
          await expect(advisor.progress()).toContainText(String(q + 1));
          if (q === 0) await expectNoViolations(page, 'question 1, unanswered');
          await advisor.options().nth(ARCHETYPE.digitalBank[q]).check();
          await expectNoViolations(page, `question ${q + 1}`);
          await advisor.forward().click();
        }
        await expect(advisor.result()).toBeVisible();
        await expectNoViolations(page, 'result (close call)');
        await advisor.root.getByRole('button', { name: /Team view|Hasil tim/ }).click();
        await advisor.root.locator('.team-gather button').click();
        await expect(advisor.root.locator('.gather-problems')).toBeVisible();
        await expectNoViolations(page, 'team view, your result alone, with an error');
        await advisor.root.locator('.nav .secondary').click();
        await expect(advisor.result()).toBeVisible();
        await advisor.root.locator('.nav .secondary').click();
        await expect(advisor.root.locator('.review')).toBeVisible();
        await expectNoViolations(page, 'review');
      });

      test('team view, shared result, notices, resume, small company', async ({ page, browser }) => {
        const colleague = await (await browser.newContext()).newPage();
        await colleague.goto('/');
        const other = new Advisor(colleague);
        await other.start();
        await other.completeWith(REALISTIC[1]);
        const code = (await other.root.locator('.share-code').textContent()).split(': ')[1];

        const advisor = await open(page, { lang, theme });
        await advisor.forward().click();
        await advisor.completeWith(ARCHETYPE.batikLabel);
        await expectNoViolations(page, 'result (small company, clear fit)');
        await advisor.root.locator('.action-buttons button').nth(3).click();
        await advisor.root.locator('.team-gather textarea').fill(`${code}\n${LEADERSHIP_TEAM.map((m) => m.code).join('\n')}`);
        await advisor.root.locator('.team-gather button').click();
        await expect(advisor.root.locator('.team .member')).toHaveCount(6);
        await expectNoViolations(page, 'team view of six');

        await page.goto(`/#cio-cmo=${code}`);
        await page.reload();
        await page.locator('cio-cmo-advisor').evaluate((e, [l, t]) => { e.setAttribute('lang', l); e.setAttribute('theme', t); }, [lang, theme]);
        await expect(advisor.result()).toBeVisible();
        await expectNoViolations(page, 'shared result');

        await page.goto(`/#cio-cmo=BROKEN`);
        await page.reload();
        await page.locator('cio-cmo-advisor').evaluate((e, [l, t]) => { e.setAttribute('lang', l); e.setAttribute('theme', t); }, [lang, theme]);
        await expect(advisor.root.locator('.notice')).toBeVisible();
        await expect(advisor.root.locator('.resume')).toBeVisible();
        await expectNoViolations(page, 'notice and resume offer');
      });
    });
  }
}

test('axe really looks inside the shadow root', async ({ page }) => {
  await page.goto('/');
  await new Advisor(page).ready();
  // A deliberate fault inside the widget must be reported.
  await page.locator('cio-cmo-advisor').evaluate((e) => {
    const img = document.createElement('img');
    img.src = 'favicon.svg';
    e.shadowRoot.querySelector('.advisor').append(img);
  });
  const violations = await axe(page);
  expect(violations.some((v) => v.startsWith('image-alt') && v.includes('cio-cmo-advisor'))).toBe(true);
});

test('failure and copy-by-hand states have no violations', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('no')) } });
  });
  const advisor = new Advisor(page);
  await page.goto('/');
  await advisor.start();
  await advisor.completeWith(REALISTIC[2]);
  await advisor.root.locator('.action-buttons button').first().click();
  await expect(advisor.root.locator('.copy-by-hand input')).toBeFocused();
  await expectNoViolations(page, 'copy by hand');
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/examples/plain.html');
  await expect(page.locator('cio-cmo-advisor .load-failure')).toBeVisible();
  await expectNoViolations(page, 'load failure');
});

test.describe('keyboard only', () => {
  test('Tab, Shift+Tab, arrows, Space and Enter, with a visible focus ring and no trap', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.ready();
    // Reach the widget from the page by Tab alone.
    let guard = 0;
    while (!(await advisor.forward().evaluate((b) => b.matches(':focus')))) {
      await page.keyboard.press('Tab');
      if (++guard > 40) throw new Error('Start never received focus by Tab');
    }
    const ring = await advisor.forward().evaluate((b) => { const s = getComputedStyle(b); return [s.outlineStyle, parseFloat(s.outlineWidth)]; });
    expect(ring[0]).toBe('solid');
    expect(ring[1]).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    for (let q = 0; q < QUESTION_COUNT; q++) {
      await expect(advisor.root.locator('legend h2')).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // moves to and selects the second option
      await page.keyboard.press('ArrowUp'); // back to the first
      if (q === 3) {
        // Shift+Tab from the options goes back to the heading's neighbours, not stuck.
        await page.keyboard.press('Shift+Tab');
        await expect(advisor.root.locator('input[type=radio]:focus')).toHaveCount(0);
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Space');
      await expect(advisor.options().first()).toBeChecked();
      const optionRing = await advisor.options().first().evaluate((input) => [input.matches(':focus-visible'), getComputedStyle(input).outlineStyle]);
      expect(optionRing).toEqual([true, 'solid']);
      await page.keyboard.press('Enter');
    }
    await expect(advisor.result()).toBeVisible();
    await expect(advisor.root.locator('.result h2')).toBeFocused();
    // Every control of the result is reachable, and Tab leaves the widget.
    const seen = new Set();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return inner ? `widget:${inner.textContent.trim()}` : `page:${host?.tagName}`;
      });
      seen.add(where);
      if (where.startsWith('page:')) break;
    }
    expect([...seen]).toEqual(expect.arrayContaining(['widget:Salin tautan', 'widget:Cetak / PDF', 'widget:Ubah jawaban', 'widget:Mulai lagi']));
    expect([...seen].some((w) => w.startsWith('page:'))).toBe(true);
  });

  test('switching language mid-way keeps the answers and the focus', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.options().nth(2).check();
    await advisor.forward().click();
    await advisor.options().nth(1).check();
    const english = advisor.root.locator('.lang-switch button[lang=en]');
    await english.focus();
    await page.keyboard.press('Enter');
    await expect(advisor.progress()).toHaveText('Question 2 of 15');
    await expect(english).toBeFocused();
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(advisor.options().nth(1)).toBeChecked();
    await advisor.back().click();
    await expect(advisor.options().nth(2)).toBeChecked();
  });
});

test.describe('screen reader semantics', () => {
  test('questions are fieldsets with legends; steps and the result are announced; the chart has its numbers in text', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.start();
    const live = advisor.root.locator('[aria-live=polite]');
    await expect(live).toHaveText('Pertanyaan 1 dari 15');
    await expect(advisor.root.getByRole('group', { name: 'Berapa jumlah karyawan perusahaan Anda?' })).toBeVisible();
    await expect(advisor.root.getByRole('radio')).toHaveCount(5);
    await advisor.options().first().check();
    await advisor.forward().click();
    await expect(live).toHaveText('Pertanyaan 2 dari 15');
    for (let q = 1; q < QUESTION_COUNT; q++) {
      await advisor.options().first().check();
      await advisor.forward().click();
    }
    await expect(live).toHaveText('Model 2: CMO memimpin, CIO dilibatkan per kasus');
    await expect(advisor.root.locator('.advisor')).toHaveAttribute('lang', 'id');
    const chart = advisor.root.getByRole('list', { name: 'Grafik tingkat kecocokan ketiga model, dalam persen' });
    await expect(chart.getByRole('listitem')).toHaveCount(3);
    await expect(chart.getByRole('listitem').first()).toContainText(/Model 1.*\d+%/);
    await expect(advisor.root.locator('.fit-bar').first()).toHaveAttribute('aria-hidden', 'true');
  });
});

test.describe('layout', () => {
  for (const [width, name] of [[320, '320 px'], [640, '200% zoom of 1280 px']]) {
    test(`no horizontal scrolling at ${name}, on every screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const advisor = new Advisor(page);
      const fits = async (where) => {
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scroll, `${where} scrolls sideways`).toBeLessThanOrEqual(client);
        const box = await advisor.root.boundingBox();
        expect(box.x + box.width, `${where}: widget wider than the screen`).toBeLessThanOrEqual(width);
      };
      await advisor.ready();
      await fits('intro');
      await advisor.forward().click();
      for (let q = 0; q < QUESTION_COUNT; q++) {
        await advisor.options().nth(ARCHETYPE.digitalBank[q]).check();
        await fits(`question ${q + 1}`);
        await advisor.forward().click();
      }
      await fits('result');
      await advisor.openSection('actions');
      await fits('result, save and share open');
      await advisor.root.locator('.action-buttons button').nth(3).click();
      await advisor.root.locator('.team-gather textarea').fill(LEADERSHIP_TEAM.map((m) => m.code).join('\n'));
      await advisor.root.locator('.team-gather button').click();
      await expect(advisor.root.locator('.team .member')).toHaveCount(5);
      await fits('team view of five');
      await advisor.root.locator('.nav .secondary').click();
      await advisor.root.locator('.nav .secondary').click();
      await fits('review');
    });
  }

  test('every target is at least 24 by 24 CSS pixels', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    const check = async (where) => {
      const small = await advisor.root.evaluate((host) => [...host.shadowRoot.querySelectorAll('button, input, .option, a')]
        .filter((e) => e.getClientRects().length && !e.classList.contains('visually-hidden') && e.type !== 'radio')
        .map((e) => [e.className || e.tagName, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`));
      expect(small, where).toEqual([]);
    };
    await advisor.ready();
    await check('intro');
    await advisor.forward().click();
    await advisor.options().first().check();
    await check('question');
    for (let q = 0; q < QUESTION_COUNT; q++) {
      await advisor.options().first().check();
      await advisor.forward().click();
    }
    await check('result');
    await advisor.root.locator('.nav .secondary').click();
    await check('review');
  });

  test('reduced motion turns transitions off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.ready();
    expect(await advisor.forward().evaluate((b) => getComputedStyle(b).transitionDuration)).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await advisor.forward().evaluate((b) => getComputedStyle(b).transitionDuration)).not.toBe('0s');
  });
});

test('numbers and percentages are written the way each locale writes them', async ({ page }) => {
  await page.goto('/');
  const advisor = new Advisor(page);
  for (const [lang, locale] of [['id', 'id-ID'], ['en', 'en-GB']]) {
    await page.locator('cio-cmo-advisor').evaluate((e, l) => e.setAttribute('lang', l), lang);
    if (!(await advisor.progress().isVisible())) await advisor.forward().click();
    const expected = await page.evaluate((loc) => new Intl.NumberFormat(loc).format(1000), locale);
    await expect(advisor.root.locator('.option').nth(3)).toContainText(`${expected}–`);
  }
  for (let q = 0; q < QUESTION_COUNT; q++) {
    await advisor.options().first().check();
    await advisor.forward().click();
  }
  for (const [lang, locale] of [['id', 'id-ID'], ['en', 'en-GB']]) {
    await page.locator('cio-cmo-advisor').evaluate((e, l) => e.setAttribute('lang', l), lang);
    const shown = await advisor.root.locator('.fit-value').allTextContents();
    for (const value of shown) {
      const number = Number(value.replace(/\D/g, ''));
      const intl = await page.evaluate(([loc, n]) => new Intl.NumberFormat(loc, { style: 'percent' }).format(n / 100), [locale, number]);
      expect(value, lang).toBe(intl);
    }
  }
});

test.describe('screenshots', () => {
  for (const width of [320, 1280]) {
    for (const lang of ['id', 'en']) {
      for (const theme of ['light', 'dark']) {
        test(`${width} px, ${lang}, ${theme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          const advisor = await open(page, { lang, theme });
          await advisor.forward().click();
          await advisor.options().nth(2).check();
          await saveScreenshot(advisor.root, `question-${width}-${lang}-${theme}`);
          await advisor.forward().click();
          for (const option of ARCHETYPE.digitalBank.slice(1)) {
            await advisor.options().nth(option).check();
            await advisor.forward().click();
          }
          await expect(advisor.result()).toBeVisible();
          await saveScreenshot(advisor.root, `result-${width}-${lang}-${theme}`);
        });
      }
    }
  }
});

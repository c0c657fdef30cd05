// Never lose an answer: resume, share links, print, answer files,
// and every way those inputs can be bad.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Advisor, REALISTIC, ARCHETYPE, QUESTION_COUNT, layOutForPrint, printedDocument, saveScreenshot } from './advisor.page.mjs';

const KEY = 'cio-cmo-advisor/v1/default';

async function answer(advisor, choices) {
  for (const option of choices) {
    await advisor.options().nth(option).check();
    await advisor.forward().click();
  }
}

async function completeOnPlain(page, choices = REALISTIC[3]) {
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.start();
  await advisor.completeWith(choices);
  return advisor;
}

/** Chooses a file with the widget's "Load answers from a file" button. */
async function loadFile(page, advisor, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    advisor.root.getByRole('button', { name: 'Load answers from a file' }).click(),
  ]);
  await chooser.setFiles(file);
}

async function shareCode(advisor) {
  return (await advisor.root.locator('.share-code').textContent()).split(': ')[1];
}

test.describe('autosave and resume', () => {
  test('progress survives a reload and continues where it left off', async ({ page }) => {
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.start();
    await answer(advisor, [4, 4, 0, 3, 2]);
    await expect(advisor.progress()).toHaveText('Question 6 of 15');
    // Format 2, the questionnaire's fingerprint, the screen, one character per answer.
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toMatch(/^v2\|[0-9a-f]{4}\|q5\|44032----------$/);
    await page.reload();
    await expect(advisor.root.locator('.resume')).toContainText('You answered 5 of 15 questions on an earlier visit.');
    await advisor.root.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(advisor.progress()).toHaveText('Question 6 of 15');
    await expect(advisor.root.locator('legend h2')).toBeFocused();
    await advisor.back().click();
    await expect(advisor.options().nth(2)).toBeChecked();
  });

  test('progress saved by release 0.1.0 still resumes', async ({ page }) => {
    await page.addInitScript((k) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, 'v1|1|q5|44032----------'); sessionStorage.setItem('seeded', '1'); } }, KEY);
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await expect(advisor.root.locator('.resume')).toContainText('You answered 5 of 15 questions on an earlier visit.');
    await advisor.root.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(advisor.progress()).toHaveText('Question 6 of 15');
    await advisor.back().click();
    await expect(advisor.options().nth(2)).toBeChecked();
  });

  test('start over forgets the saved progress', async ({ page }) => {
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.start();
    await answer(advisor, [1, 1]);
    await page.reload();
    await advisor.root.getByRole('button', { name: 'Start over' }).click();
    await expect(advisor.root.locator('.resume')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await advisor.forward().click();
    await expect(advisor.options().first()).not.toBeChecked();
    await page.reload();
    await expect(advisor.root.locator('.resume')).toHaveCount(0);
  });

  test('a finished visit resumes on its result', async ({ page }) => {
    const advisor = await completeOnPlain(page);
    await page.reload();
    await advisor.root.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await advisor.recommendedModel()).toBe('3');
  });

  for (const [name, stored, message] of [
    ['corrupt', '{"not":"ours"}', 'Progress saved on an earlier visit could not be read and was cleared.'],
    ['truncated', 'v1|1|q5|4403', 'Progress saved on an earlier visit could not be read and was cleared.'],
    ['old-version', 'v1|0|q5|44032----------', 'Progress saved on an earlier visit was for another version of the questionnaire and was cleared.'],
  ]) {
    test(`${name} stored progress is discarded with a notice`, async ({ page }) => {
      await page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, stored]);
      await page.goto('/examples/plain.html');
      const advisor = new Advisor(page);
      await expect(advisor.root.locator('.notice p')).toHaveText(message);
      await expect(advisor.root.locator('.notice')).toHaveAttribute('role', 'alert');
      await expect(advisor.forward()).toHaveText('Start');
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
      await advisor.root.getByRole('button', { name: 'Dismiss notice' }).click();
      await expect(advisor.root.locator('.notice')).toHaveCount(0);
    });
  }

  // Blocked storage is a cross-engine scenario (scenarios.mjs).

  test('a full storage quota: the notice appears when saving fails', async ({ page }) => {
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        if (name === key) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, name, value);
      };
    }, KEY);
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.options().first().check();
    await expect(advisor.root.locator('.notice p')).toContainText('progress will not be kept');
    await advisor.forward().click();
    await expect(advisor.progress()).toHaveText('Question 2 of 15');
  });

  test('two widgets keep separate progress', async ({ page }) => {
    await page.goto('/examples/two-widgets.html');
    const [cio, cmo] = [new Advisor(page, 0), new Advisor(page, 1)];
    await cio.start();
    await answer(cio, [1, 1, 1]);
    await cmo.start();
    await answer(cmo, [3]);
    const stored = await page.evaluate(() => [localStorage.getItem('cio-cmo-advisor/v1/cio'), localStorage.getItem('cio-cmo-advisor/v1/cmo')]);
    expect(stored[0]).toMatch(/^v2\|[0-9a-f]{4}\|q3\|111------------$/);
    expect(stored[1]).toMatch(/^v2\|[0-9a-f]{4}\|q1\|3--------------$/);
    await page.reload();
    await expect(cio.root.locator('.resume')).toContainText('3 dari 15');
    await expect(cmo.root.locator('.resume')).toContainText('1 of 15');
  });
});

test.describe('share link', () => {
  test('copy link, open it elsewhere, take it yourself', async ({ page, browser, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/examples/plain.html#pricing&utm=mail');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[3]);
    await advisor.root.getByRole('button', { name: 'Copy link' }).click();
    await expect(advisor.root.locator('.copy-status')).toHaveText('Link copied. Anyone who opens it will see this result.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const code = await shareCode(advisor);
    // The host page's own fragment parts are kept.
    expect(link).toBe(`${baseURL}/examples/plain.html#pricing&utm=mail&cio-cmo=${code}`);
    expect(code).toMatch(/^3[0-9A-Z]{14}$/);

    const colleague = await (await browser.newContext()).newPage();
    await colleague.goto(link);
    const shared = new Advisor(colleague);
    await expect(shared.result()).toBeVisible();
    expect(await shared.recommendedModel()).toBe('3');
    await expect(shared.root.locator('.eyebrow')).toHaveText('A result shared with you');
    await expect(shared.root.getByRole('button', { name: 'Change answers' })).toHaveCount(0);
    // A shared result is not saved as the visitor's own progress.
    expect(await colleague.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await shared.root.getByRole('button', { name: 'Take it yourself' }).click();
    await expect(shared.forward()).toHaveText('Start');
    await shared.forward().click();
    await expect(shared.options().first()).not.toBeChecked();
  });

  test('when the clipboard refuses, the link is shown selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    });
    const advisor = await completeOnPlain(page);
    await advisor.root.getByRole('button', { name: 'Copy link' }).click();
    const field = advisor.root.getByLabel('Your browser did not allow copying. Copy this link:');
    await expect(field).toHaveValue(/#cio-cmo=3[0-9A-Z]{14}$/);
    await expect(field).toBeFocused();
    expect(await field.evaluate((i) => [i.selectionStart, i.selectionEnd, i.value.length])).toEqual(
      await field.evaluate((i) => [0, i.value.length, i.value.length]),
    );
  });

  test('a link made by release 0.1.0 still opens its result', async ({ page }) => {
    // A state-owned bank's answers, shared before codes carried a fingerprint.
    await page.goto('/examples/plain.html#cio-cmo=10ZRNC94BB');
    const shared = new Advisor(page);
    await expect(shared.result()).toBeVisible();
    expect(await shared.recommendedModel()).toBe('3');
    await expect(shared.root.locator('.eyebrow')).toHaveText('A result shared with you');
  });

  for (const [name, fragment, message] of [
    ['tampered', (c) => c.slice(0, 4) + (c[4] === 'A' ? 'B' : 'A') + c.slice(5), 'This link or code is damaged or incomplete.'],
    ['truncated', (c) => c.slice(0, 7), 'This link or code is damaged or incomplete.'],
    ['future-version', (c) => `9${c.slice(1)}`, 'This link or code was made by a newer version of the advisor.'],
    ['garbage', () => '%F0%9F%92%A9<script>', 'This link or code is damaged or incomplete.'],
  ]) {
    test(`a ${name} link shows a clear message and the normal start`, async ({ page, browser }) => {
      const advisor = await completeOnPlain(page);
      const code = await shareCode(advisor);
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`/examples/plain.html#cio-cmo=${fragment(code)}`);
      const opened = new Advisor(visitor);
      await expect(opened.root.locator('.notice p')).toHaveText(`${message} The shared result cannot be shown; you can take the questionnaire yourself.`);
      await expect(opened.forward()).toHaveText('Start');
      await expect(opened.result()).toHaveCount(0);
    });
  }
});

test.describe('print and files', () => {
  test('Print / PDF prints the result alone, laid out for A4 without buttons', async ({ page }) => {
    const advisor = await completeOnPlain(page, ARCHETYPE.digitalBank);
    const html = await printedDocument(page, advisor, 'Print / PDF');
    await expect(advisor.root.locator('iframe.print-frame')).toHaveCount(0);
    expect(html).not.toContain('Arunika');
    expect(html).toContain('A joint Marketing Tech division');

    // Lay the printed document out as a printer would, and keep a PDF.
    const pages = await layOutForPrint(page, html, 'result-print');
    await expect(page.locator('.advisor')).toBeVisible();
    for (const hidden of ['.nav', '.action-buttons', '.lang-switch']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    for (const shown of ['.reasons', '.fit-chart', '.first-steps', '.answer-list', '.close-call']) {
      await expect(page.locator(shown)).toBeVisible();
    }
    await expect(page.locator('.answer-row')).toHaveCount(QUESTION_COUNT);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await saveScreenshot(page, 'result-print-media');
  });

  test('download the answers, then load the file back', async ({ page, browser }) => {
    const advisor = await completeOnPlain(page, REALISTIC[1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      advisor.root.getByRole('button', { name: 'Download answers' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cio-cmo-advisor-answers.json');
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({
      format: 'cio-cmo-advisor-answers', formatVersion: 1, questionnaireVersion: 1, language: 'en',
      result: { model: 1, modelKey: 'joint-marketing-tech' },
    });
    expect(Object.keys(file.answers)).toHaveLength(QUESTION_COUNT);
    expect(file.answers.headcount).toBe('5000-plus');

    const other = await (await browser.newContext()).newPage();
    await other.goto('/examples/plain.html');
    const loader = new Advisor(other);
    await loader.ready();
    await loadFile(other, loader, path);
    await expect(loader.result()).toBeVisible();
    expect(await loader.recommendedModel()).toBe('1');
    await expect(loader.root.locator('.notice p')).toHaveText('Answers loaded from the file.');
  });

  for (const [name, contents, message] of [
    ['not JSON', 'hello', 'This file cannot be read as an answers file (it is not valid JSON).'],
    ['another app', '{"name": "report"}', 'This file is not an answers file from this advisor.'],
    ['unknown answer', '{"format":"cio-cmo-advisor-answers","formatVersion":1,"questionnaireVersion":1,"answers":{"headcount":"millions"}}',
      'This file contains a question or answer this advisor does not know: “headcount: millions”.'],
    ['newer', '{"format":"cio-cmo-advisor-answers","formatVersion":7,"questionnaireVersion":1,"answers":{}}', 'This file was made by a newer version of the advisor.'],
  ]) {
    test(`loading a bad file (${name}) says what is wrong`, async ({ page }) => {
      await page.goto('/examples/plain.html');
      const advisor = new Advisor(page);
      await advisor.ready();
      await loadFile(page, advisor, { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
      await expect(advisor.root.locator('.notice p')).toHaveText(message);
      await expect(advisor.forward()).toHaveText('Start');
    });
  }

  test('a partial answers file continues at the first unanswered question', async ({ page }) => {
    await page.goto('/examples/plain.html');
    const advisor = new Advisor(page);
    await advisor.ready();
    const contents = '{"format":"cio-cmo-advisor-answers","formatVersion":1,"questionnaireVersion":1,"answers":{"headcount":"50-249","revenue":"15-50bn"}}';
    await loadFile(page, advisor, { name: 'partial.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    await expect(advisor.progress()).toHaveText('Question 3 of 15');
  });
});

test('review lists every answer and changing one returns to it', async ({ page }) => {
  const advisor = await completeOnPlain(page, REALISTIC[3]);
  await advisor.root.getByRole('button', { name: 'Change answers' }).click();
  await expect(advisor.root.locator('.review h2')).toBeFocused();
  await expect(advisor.root.locator('.review .answer-row')).toHaveCount(QUESTION_COUNT);
  await advisor.root.getByRole('button', { name: 'Change answer: Appetite for a new unit' }).click();
  await expect(advisor.back()).toHaveCount(0);
  await expect(advisor.forward()).toHaveText('Back to your answers');
  await advisor.options().nth(3).check();
  await advisor.forward().click();
  await expect(advisor.root.locator('.answer-row[data-question="new-unit-appetite"] dd').first()).toHaveText('Keen — ready to fund and staff it');
  await advisor.root.getByRole('button', { name: 'See result' }).click();
  await expect(advisor.result()).toBeVisible();
});

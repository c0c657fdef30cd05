// The whole questionnaire in a real browser, from the built dist/.
import { test, expect } from '@playwright/test';
import { Advisor, REALISTIC, QUESTION_COUNT, saveScreenshot } from './advisor.page.mjs';

test.describe('demo page', () => {
  test('shows the sample company page with the widget in it', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Teknologi dan pemasaran');
    const advisor = new Advisor(page);
    await advisor.ready();
    // The page is Indonesian, so the widget is too.
    await expect(advisor.heading()).toHaveText('Model kolaborasi CIO–CMO mana yang cocok untuk perusahaan Anda?');
    await expect(advisor.forward()).toHaveText('Mulai');
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'demo-page');
  });

  for (const [model, choices] of Object.entries(REALISTIC)) {
    test(`a realistic company reaches model ${model}`, async ({ page }) => {
      await page.goto('/');
      const advisor = new Advisor(page);
      await advisor.start();
      await advisor.completeWith(choices);
      expect(await advisor.recommendedModel()).toBe(model);
      await expect(advisor.root.locator('.model-number')).toHaveText(`Model ${model}`);
      await expect(advisor.root.locator('.reasons li')).toHaveCount(3);
      await expect(advisor.root.locator('.fit-row')).toHaveCount(3);
      await expect(advisor.root.locator('.fit-value').first()).toHaveText(/^\d{1,3}%$/);
      await saveScreenshot(advisor.root, `result-model-${model}`);
    });
  }

  test('the flow in English: labels, Next gating, See result', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.ready();
    await advisor.switchLanguage('en');
    await advisor.start();
    await expect(advisor.progress()).toHaveText(`Question 1 of ${QUESTION_COUNT}`);
    await expect(advisor.forward()).toHaveText('Next');
    await expect(advisor.forward()).toBeDisabled();
    await advisor.options().first().check();
    await expect(advisor.forward()).toBeEnabled();
    await advisor.forward().click();
    for (let q = 1; q < QUESTION_COUNT - 1; q++) {
      await advisor.options().first().check();
      await advisor.forward().click();
    }
    await expect(advisor.forward()).toHaveText('See result');
    await advisor.options().first().check();
    await advisor.forward().click();
    await expect(advisor.result()).toBeVisible();
    await expect(advisor.root.getByRole('heading', { name: 'Why this model' })).toBeVisible();
    await expect(advisor.root.getByRole('button', { name: 'Start again' })).toBeVisible();
  });

  test('Back and Next show each question with its own answer', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.options().nth(2).check();
    await advisor.forward().click();
    await expect(advisor.progress()).toHaveText('Pertanyaan 2 dari 15');
    // An answer on this question too: going back must not lose the first.
    await advisor.options().nth(1).check();
    await advisor.back().click();
    await expect(advisor.progress()).toHaveText('Pertanyaan 1 dari 15');
    await expect(advisor.options().nth(2)).toBeChecked();
    await expect(advisor.root.locator('input:checked')).toHaveCount(1);
    await advisor.forward().click();
    await expect(advisor.options().nth(1)).toBeChecked();
    await expect(advisor.root.locator('input:checked')).toHaveCount(1);
  });

  test('start again clears the answers', async ({ page }) => {
    await page.goto('/');
    const advisor = new Advisor(page);
    await advisor.start();
    await advisor.completeWith(REALISTIC[3]);
    await advisor.root.getByRole('button', { name: 'Mulai lagi' }).click();
    await expect(advisor.forward()).toHaveText('Mulai');
    await advisor.forward().click();
    await expect(advisor.options().first()).not.toBeChecked();
    await expect(advisor.forward()).toBeDisabled();
  });
});

// Keyboard-only completion, in both languages, is a cross-engine scenario
// (scenarios.mjs), run in Chromium, Firefox and WebKit.

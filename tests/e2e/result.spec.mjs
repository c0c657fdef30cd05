// What the result says beyond the model: confidence, what would change it,
// advice worded for who holds the roles, tailored steps.
import { test, expect } from '@playwright/test';
import { ARCHETYPE, resultFor, saveScreenshot } from './advisor.page.mjs';

test('a close call names both models', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  expect(await advisor.recommendedModel()).toBe('1');
  const note = advisor.root.locator('.confidence.close-call');
  await expect(note).toContainText('Close call');
  await expect(note).toContainText('Model 1 and model 3 are only 8 percentage points apart');
  await expect(note.locator('.runner-up')).toContainText('Model 3 · CIO and CMO collaborate, each within their own responsibilities');
  await saveScreenshot(advisor.root, 'result-close-call');
});

test('a clear fit says by how much it leads', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.stateBank, 'id');
  await expect(advisor.root.locator('.confidence.clear-fit')).toHaveText(
    'Cocok dengan jelas — Unggul 34 poin persentase dari model terbaik berikutnya, model 1.',
  );
  await expect(advisor.root.locator('.close-call')).toHaveCount(0);
});

test('what would change this: one answer away, in plain words', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  const alternatives = advisor.root.locator('.alternatives li');
  await expect(alternatives).toHaveCount(2);
  await expect(alternatives.first()).toHaveText(
    'If your IT and marketing leaders cooperated regularly and constructively, model 3 would fit best.',
  );
  await expect(alternatives.nth(1)).toContainText('Model 2 would fit best only if more than two answers were different.');
});

test('a small company gets advice for whoever holds the roles', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.batikLabel);
  expect(await advisor.recommendedModel()).toBe('2');
  const notes = advisor.root.locator('.note');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('Your company has no separate CIO');
  await expect(notes.nth(1)).toContainText('the CEO, a sales manager or a marketing manager');
  await expect(advisor.root.locator('.first-step')).toContainText('Give your marketing lead clear ownership');
  await expect(advisor.root.locator('.first-steps')).toContainText('Agree with your IT lead');
  // The advice itself never speaks of a CIO or CMO the company does not have
  // (the model's name, from the brief, still does).
  for (const part of ['.summary', '.first-step', '.first-steps', '.risk-list']) {
    await expect(advisor.root.locator(part)).not.toContainText(/the CIO|the CMO/);
  }
  await saveScreenshot(advisor.root, 'result-small-company');
});

test('steps the company has already taken are not suggested', async ({ page }) => {
  // The digital bank already has unified data and its CMO at the table.
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  // Four steps: the first on the result's first screen, three more after it.
  await expect(advisor.root.locator('.first-step p')).toHaveCount(1);
  await expect(advisor.root.locator('.first-steps li')).toHaveCount(3);
  for (const steps of ['.first-step', '.first-steps']) {
    await expect(advisor.root.locator(steps)).not.toContainText('full member of the executive team');
  }
  await expect(advisor.root.locator('.risk-list li')).toHaveCount(3);
});

test('the plan reads as one list: the first step under "Start here", the rest numbered from 1 under "Next steps", in both languages', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  for (const [lang, start, next] of [['en', 'Start here', 'Next steps'], ['id', 'Mulai dari sini', 'Langkah berikutnya']]) {
    await advisor.switchLanguage(lang);
    await expect(advisor.root.locator('.first-step h3')).toHaveText(start);
    await expect(advisor.root.locator('details.steps summary h3')).toHaveText(next);
    // The number each step shows: the list's start, counted on by its items.
    const numbers = await advisor.root.locator('.first-steps').evaluate((list) => [...list.children].map((_, i) => list.start + i));
    expect(numbers).toEqual([1, 2, 3]);
  }
});

test('on a wide screen every section starts open, and a section the visitor closes stays closed', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.stateBank);
  const sections = advisor.root.locator('details.result-part');
  await expect(sections).toHaveCount(6);
  await expect(advisor.root.locator('details.result-part:not([open])')).toHaveCount(0);
  await advisor.root.locator('details.risks > summary').click();
  await expect(advisor.root.locator('details.risks')).not.toHaveAttribute('open', '');
  // Re-rendering the same result (here in the other language) keeps the visitor's choice.
  await advisor.switchLanguage('id');
  await expect(advisor.root.locator('details.risks summary h3')).toHaveText('Risiko yang perlu diwaspadai');
  await expect(advisor.root.locator('details.risks')).not.toHaveAttribute('open', '');
  await expect(advisor.root.locator('details.why')).toHaveAttribute('open', '');
});

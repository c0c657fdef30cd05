// What the result says beyond the model: confidence, preconditions, what
// would change it, what was not known, advice worded for who holds the
// roles, the plan with owners and time frames, measures and decision rights.
import { test, expect } from '@playwright/test';
import { ARCHETYPE, resultFor, saveScreenshot } from './advisor.page.mjs';

test('a close call names both models', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  expect(await advisor.recommendedModel()).toBe('1');
  const note = advisor.root.locator('.confidence.close-call');
  await expect(note).toContainText('Close call');
  await expect(note).toContainText('Model 1 and model 3 are only 9 percentage points apart');
  await expect(note.locator('.runner-up')).toContainText('Model 3 · CIO and CMO collaborate, each within their own responsibilities');
  await saveScreenshot(advisor.root, 'result-close-call');
});

test('a clear fit says by how much it leads', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.stateBank, 'id');
  await expect(advisor.root.locator('.confidence.clear-fit')).toHaveText(
    'Jelas unggul — Unggul 28 poin persentase atas peringkat kedua, model 1.',
  );
  await expect(advisor.root.locator('.close-call')).toHaveCount(0);
});

test('what would change this: a move leadership would make, and why the other model is out of reach', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.retailFriction);
  expect(await advisor.recommendedModel()).toBe('3');
  const alternatives = advisor.root.locator('.alternatives li');
  await expect(alternatives).toHaveCount(2);
  await expect(alternatives.first()).toHaveText(
    'Model 1 would fit best if your IT and marketing leaders become close partners with shared goals.',
  );
  await expect(alternatives.nth(1)).toHaveAttribute('data-route', 'out-of-reach');
  await expect(alternatives.nth(1)).toContainText('Model 2 is out of reach through steps a leadership team would take:');
  await expect(advisor.root.locator('.hinges')).toContainText('The result hinges most on “');
  // Friction: the plan starts with the CEO's relationship step.
  await expect(advisor.root.locator('.first-step .step-text')).toContainText('shared objectives with joint KPIs');
  await expect(advisor.root.locator('.first-step .step-owner')).toHaveText('Owner: The CEO');
});

test('a small company: the only model open to it, why the others are not, and advice for whoever holds the roles', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.batikLabel);
  expect(await advisor.recommendedModel()).toBe('2');
  await expect(advisor.root.locator('.confidence.only-option')).toContainText('The only option today');
  await expect(advisor.root.locator('.fit-row.is-closed')).toHaveCount(2);
  await expect(advisor.root.locator('.fit-row.is-closed .fit-badge.closed').first()).toHaveText('not an option today');
  const closed = advisor.root.locator('.alternatives li[data-route="closed"]');
  await expect(closed).toHaveCount(2);
  await expect(advisor.root.locator('.alternatives li[data-model="1"]')).toHaveText(
    'Model 1 is not an option today. With fewer than 50 people, your company cannot staff a dedicated unit without emptying other teams. It becomes one once the company has grown to 50 people or more.',
  );
  // Model 2 needs a marketing lead and a budget: the plan starts with both fixes.
  await expect(advisor.root.locator('.prerequisite')).toHaveCount(2);
  await expect(advisor.root.locator('.prerequisite').first()).toContainText('Before model 2 can work: This model needs someone who leads marketing');
  await expect(advisor.root.locator('.first-step .step-text')).toContainText('Name one person who leads marketing');
  // The owner runs the firm: named as such, never as a CEO or CIO it does not have.
  await expect(advisor.root.locator('.first-step .step-owner')).toHaveText('Owner: The owner');
  const notes = advisor.root.locator('.note:not(.prerequisite)');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('Your company has no separate CIO');
  await expect(advisor.root.locator('.first-steps')).toContainText('Agree with your IT lead');
  for (const part of ['.summary', '.first-step', '.first-steps', '.risk-list']) {
    await expect(advisor.root.locator(part)).not.toContainText(/the CIO|the CMO|The CEO/);
  }
  await saveScreenshot(advisor.root, 'result-small-company');
});

test('a prerequisite that would change the answer once it is in place says so', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.familyManufacturer, 'id');
  expect(await advisor.recommendedModel()).toBe('3');
  await expect(advisor.root.locator('.first-step .step-text')).toContainText('Angkat kepala pemasaran');
  await expect(advisor.root.locator('.after-fixes')).toHaveText(
    'Setelah prasyarat di atas terpenuhi, model 2 akan menjadi yang paling cocok; isi ulang kuesioner ini pada saat itu.',
  );
});

test('“not sure” answers: named with whom to ask and what the answer could change, in both languages', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.unsureKeenGroup);
  expect(await advisor.recommendedModel()).toBe('3');
  const unknowns = advisor.root.locator('details.unknowns');
  await expect(unknowns.locator('summary h3')).toHaveText('What you were not sure of');
  await expect(unknowns.locator('li')).toHaveText([
    "IT spending: not sure. Ask the CFO or the CIO for last year's IT spending as a share of revenue. "
      + 'If the answer is “Less than 1% of revenue”, “1–3% of revenue” or “3–5% of revenue”, model 1 would fit best.',
  ]);
  await advisor.switchLanguage('id');
  await expect(unknowns.locator('summary h3')).toHaveText('Yang belum Anda ketahui');
  await expect(unknowns.locator('li')).toContainText(['belum diketahui. Tanyakan kepada direktur keuangan atau CIO']);
  await expect(unknowns.locator('li')).toContainText([' atau “3–5% pendapatan”, model 1 akan paling cocok.']);
});

test('an unknown budget is not assumed: model 2 starts by agreeing one; unknowns that change nothing say so', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.unsureRetailer);
  expect(await advisor.recommendedModel()).toBe('2');
  await expect(advisor.root.locator('details.unknowns li')).toHaveText([
    'IT spending: not sure. Whatever the answer, the recommendation stays the same.',
    'Marketing-technology budget: not sure. Whatever the answer, the recommendation stays the same.',
  ]);
  await expect(advisor.root.locator('.first-step .step-text')).toContainText('Agree with the CFO on a yearly marketing-technology budget that the CMO controls');
  await expect(advisor.root.locator('.prerequisite')).toContainText('or no one knows the figure');
});

test('the why: what tipped it, what the company is, and the source idea the model rests on', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.stateBank);
  const why = advisor.root.locator('details.why');
  await expect(why.locator('h4')).toHaveText(['What tipped it', 'What your company is', 'What this model rests on']);
  await expect(why.locator('.reasons li').first()).toBeVisible();
  for (const fact of ['headcount', 'revenue', 'it-spend', 'digital-cx']) {
    await expect(why.locator(`.facts li[data-question="${fact}"]`)).toHaveCount(1);
    await expect(why.locator(`.reasons li[data-question="${fact}"]`)).toHaveCount(0);
  }
  await expect(why.locator('.basis')).toContainText('large companies');
  await expect(why.locator('.basis-answers li')).toHaveCount(4);
});

test('the plan: every step has an owner, a time frame and what done looks like; measures and decision rights, in both languages', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.digitalBank);
  for (const [lang, start, next, kpis, rights, firstStage] of [
    ['en', 'Start here', 'Your 90-day plan', 'How to tell it works', 'Who decides what', ['Choose a tool', 'The unit lead', 'The CIO, the CMO']],
    ['id', 'Mulai dari sini', 'Rencana 90 hari', 'Ukuran keberhasilan', 'Siapa memutuskan apa', ['Memilih alat', 'Pimpinan unit', 'CIO, CMO']],
  ]) {
    await advisor.switchLanguage(lang);
    await expect(advisor.root.locator('.first-step h3')).toHaveText(start);
    await expect(advisor.root.locator('details.steps summary h3')).toHaveText(next);
    const steps = advisor.root.locator('.first-steps > li');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (const part of ['.step-owner', '.step-days', '.step-done']) {
      await expect(advisor.root.locator(`.first-steps > li ${part}`)).toHaveCount(count);
      await expect(advisor.root.locator(`.first-step ${part}`)).toHaveCount(1);
    }
    await expect(advisor.root.locator('details.kpis summary h3')).toHaveText(kpis);
    await expect(advisor.root.locator('.kpis li')).toHaveCount(4);
    await expect(advisor.root.locator('details.rights summary h3')).toHaveText(rights);
    await expect(advisor.root.locator('.decision-rights tbody tr')).toHaveCount(6);
    await expect(advisor.root.locator('.decision-rights tbody tr').first().locator('th, td')).toHaveText(firstStage);
  }
  // Already done (the CMO sits in executive meetings; leadership is keen): not suggested.
  await advisor.switchLanguage('en');
  for (const steps of ['.first-step', '.first-steps']) {
    await expect(advisor.root.locator(steps)).not.toContainText('full member of the executive team');
    await expect(advisor.root.locator(steps)).not.toContainText('run a pilot');
  }
  await expect(advisor.root.locator('.first-steps')).toContainText('not two bosses');
  await expect(advisor.root.locator('.risk-list li')).toHaveCount(3);
  await saveScreenshot(advisor.root, 'result-plan');
});

test('on a wide screen every section starts open, and a section the visitor closes stays closed', async ({ page }) => {
  const advisor = await resultFor(page, ARCHETYPE.stateBank);
  const sections = advisor.root.locator('details.result-part');
  await expect(sections).toHaveCount(8);
  await expect(advisor.root.locator('details.result-part:not([open])')).toHaveCount(0);
  await advisor.root.locator('details.risks > summary').click();
  await expect(advisor.root.locator('details.risks')).not.toHaveAttribute('open', '');
  // Re-rendering the same result (here in the other language) keeps the visitor's choice.
  await advisor.switchLanguage('id');
  await expect(advisor.root.locator('details.risks summary h3')).toHaveText('Risiko yang perlu diwaspadai');
  await expect(advisor.root.locator('details.risks')).not.toHaveAttribute('open', '');
  await expect(advisor.root.locator('details.why')).toHaveAttribute('open', '');
});

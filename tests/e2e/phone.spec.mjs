// The result on a phone, in Chromium's touch emulation: the first screen,
// tap targets, and print of a page whose sections are closed. (The same
// first-screen check runs in every engine: scenarios.mjs.)
import { test, expect } from '@playwright/test';
import { Advisor, ARCHETYPE, LEADERSHIP_TEAM, REALISTIC, resultFor } from './advisor.page.mjs';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const ANSWER_SETS = { ...ARCHETYPE, ...Object.fromEntries(Object.entries(REALISTIC).map(([model, choices]) => [`model ${model}`, choices])) };

async function resultOnPhone(page, choices, lang) {
  // Each answer set as a first visit (no saved result to resume).
  await page.goto('/examples/event-log.js');
  await page.evaluate(() => localStorage.clear());
  const advisor = await resultFor(page, choices, lang);
  await expect(advisor.root.locator('.result h2')).toBeFocused();
  return advisor;
}

/** Whether the element lies wholly inside the 740 px high viewport. */
async function onFirstScreen(locator) {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 740;
}

for (const lang of ['id', 'en']) {
  test(`every answer set's first screen shows the model, its fit and the whole first step (${lang})`, async ({ page }) => {
    for (const [name, choices] of Object.entries(ANSWER_SETS)) {
      const advisor = await resultOnPhone(page, choices, lang);
      for (const part of ['.model-number', '.model-name', '.headline-fit', '.first-step']) {
        await expect.poll(() => onFirstScreen(advisor.root.locator(part)), `${name}: ${part} on the first screen`).toBe(true);
      }
      await expect(advisor.root.locator('details.result-part[open]')).toHaveCount(0);
    }
  });
}

/** Every visible control smaller than 44 × 44 CSS px, described. */
function smallTargets(advisor) {
  return advisor.root.evaluate((host) =>
    // Radios are inside their option's label, which is the target; a
    // visually hidden file input is opened by its button.
    // A checkbox's label is its target too.
    [...host.shadowRoot.querySelectorAll('button, summary, input:not([type=radio]):not([type=checkbox]):not(.visually-hidden), .option, label:has(> input[type=checkbox]), a[href]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ element, box }) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`));
}

test('on a touch screen every target is at least 44 × 44 px: intro, question, result', async ({ page }) => {
  await page.goto('/');
  const advisor = new Advisor(page);
  await advisor.ready();
  expect(await smallTargets(advisor), 'intro').toEqual([]);
  await advisor.start();
  expect(await smallTargets(advisor), 'question').toEqual([]);
  const result = await resultOnPhone(page, ARCHETYPE.digitalBank, 'en');
  for (const summary of await result.root.locator('details.result-part > summary').all()) await summary.tap();
  await expect(result.root.locator('details.result-part:not([open])')).toHaveCount(0);
  expect(await smallTargets(result), 'result, every section open').toEqual([]);
  await result.root.getByRole('button', { name: 'Team view' }).tap();
  await result.root.locator('.team-gather textarea').fill(LEADERSHIP_TEAM.map((m) => m.code).join('\n'));
  await result.root.getByRole('button', { name: 'Add to the team' }).tap();
  await expect(result.root.locator('.team .member')).toHaveCount(5);
  expect(await smallTargets(result), 'team view of five').toEqual([]);
});

test('a section opens and closes by tap, keyboard and screen reader alike: native disclosures', async ({ page }) => {
  const advisor = await resultOnPhone(page, ARCHETYPE.stateBank, 'en');
  const why = advisor.root.locator('details.why');
  await why.locator('summary').tap();
  await expect(why).toHaveAttribute('open', '');
  await expect(why.locator('.reasons li')).toHaveCount(3);
  await why.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(why).not.toHaveAttribute('open', '');
  // A summary is announced as a control that expands, with its heading as its name.
  await expect(advisor.root.getByRole('group').filter({ hasText: 'Why this model' })).toHaveCount(1);
});

test('printing the page itself shows every section, though they are closed on screen', async ({ page }) => {
  const advisor = await resultOnPhone(page, ARCHETYPE.stateBank, 'id');
  await expect(advisor.root.locator('.reasons')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const part of ['.reasons', '.fit-chart', '.alternatives', '.first-steps', '.risk-list']) {
    await expect(advisor.root.locator(part)).toBeVisible();
  }
});

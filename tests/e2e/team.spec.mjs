// The team view: a facilitator gathers four executives' links, reads where
// the team agrees and what divides it, labels the members, copies the team
// link, prints the workshop sheet and takes the table and the team file away.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Advisor, layOutForPrint, printedDocument, saveScreenshot } from './advisor.page.mjs';
import { LEADERSHIP_TEAM, REALISTIC, TEAM_OF_EIGHT, teamLinkValue } from '../answer-sets.mjs';

const link = (code) => `https://intranet.example/strategy/advisor#cio-cmo=${code}`;

/** The team view opened from the intro of the plain page. */
async function openTeamView(page) {
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.ready();
  await advisor.root.getByRole('button', { name: 'Team view' }).click();
  await expect(advisor.root.locator('.team h2')).toBeFocused();
  return advisor;
}

async function addPasted(advisor, text) {
  await advisor.root.getByLabel('Links or codes').fill(text);
  await advisor.root.getByRole('button', { name: 'Add to the team' }).click();
}

/** Catches `advisor-team` events on the page. */
async function recordTeamEvents(page) {
  await page.evaluate(() => {
    window.__team = [];
    document.addEventListener('advisor-team', (event) => window.__team.push(event.detail));
  });
}

test('a facilitator gathers four executives, reads the team view and takes it away', async ({ page, browser, baseURL }) => {
  const advisor = await openTeamView(page);
  await recordTeamEvents(page);
  const team = advisor.root.locator('.team');

  // Nothing pasted, then nothing that looks like a code: said so.
  await advisor.root.getByRole('button', { name: 'Add to the team' }).click();
  await expect(team.locator('.gather-problems li')).toHaveText(['Paste the links or codes first.']);
  await addPasted(advisor, 'Hello, here are our results!');
  await expect(team.locator('.gather-problems li')).toHaveText(['No link or code was found in what you pasted.']);

  // A whole chat message: four links, one mistyped code, one sent twice.
  const [ceo, cio, cmo, cfo] = LEADERSHIP_TEAM.map((m) => m.code);
  const damaged = `${ceo.slice(0, -1)}${ceo.endsWith('Z') ? 'Y' : 'Z'}`;
  await addPasted(advisor, [
    'Morning all — results from yesterday:',
    `CEO ${link(ceo)}`,
    `Budi: ${link(cio)}.`,
    `${cmo.toLowerCase()}`,
    `and mine (CFO): ${link(cfo)}`,
    `an old try: ${damaged}`,
    `CEO again: ${link(ceo)}`,
  ].join('\n'));
  await expect(team.locator('.member')).toHaveCount(4);
  await expect(team.locator('.gather-problems li')).toHaveText([
    `“${damaged}”: This link or code is damaged or incomplete.`,
    `“${ceo}”: Same answers as Member 1, so not added again. Two members who answered exactly alike count once.`,
  ]);
  // What joined leaves the field; the damaged code stays, to be fixed.
  await expect(advisor.root.getByLabel('Links or codes')).toHaveValue(damaged);

  // The facilitator labels the members.
  for (const [index, { label }] of LEADERSHIP_TEAM.entries()) {
    const field = advisor.root.getByLabel(`Member ${index + 1}: role or name`);
    await field.fill(label);
    await field.press('Tab');
  }
  await expect(team.locator('.member').nth(1).getByRole('button')).toHaveText('Remove Budi (CIO)');

  // The team's recommendation: three of four on model 3 is consensus.
  const headline = team.locator('.team-headline');
  await expect(headline).toHaveAttribute('data-recommended-model', '3');
  await expect(headline).toHaveAttribute('data-consensus', '3');
  await expect(headline.locator('.team-agreement')).toHaveText('Consensus: model 3 comes out on top for 3 of 4 members.');
  await expect(headline.locator('.team-combined')).toContainText('This is provisional until the facts below are settled.');
  await expect(team.locator('.team-chart .member-dot')).toHaveCount(12);
  await expect(team.locator('.team-chart .fit-row[data-model="3"] .fit-value')).toHaveText(/^mean \d+%, from \d+% to \d+%$/);

  // Facts to reconcile: the headcount, and what each answer would give.
  const facts = team.locator('.team-facts .fact-list > li');
  await expect(facts).toHaveCount(1);
  await expect(facts.first()).toHaveAttribute('data-question', 'headcount');
  await expect(facts.first().locator('li')).toHaveText([
    '“50–249” — CFO: the team would get model 2.',
    '“250–999” — CEO, Budi (CIO) and CMO: the team would get model 3.',
  ]);

  // What divides the team, most decisive first, each member's answer named.
  const divisions = team.locator('.team-divisions .differences > li');
  await expect(divisions).toHaveCount(2);
  await expect(divisions.nth(0)).toHaveAttribute('data-question', 'new-unit-appetite');
  await expect(divisions.nth(1)).toHaveAttribute('data-question', 'it-capacity');
  await expect(divisions.nth(0).locator('dt')).toHaveText([
    'Not at all — we want to avoid structural change', 'Open to it, given a clear business case', 'Keen — ready to fund and staff it',
  ]);
  await expect(divisions.nth(0).locator('dd')).toHaveText(['CFO', 'Budi (CIO)', 'CEO and CMO']);
  await expect(divisions.nth(0).locator('.difference-weight')).toHaveText(/^Can move the team's fit for a model by up to \d+ percentage points\.$/);

  // What no one knows, pooled, with whom to ask.
  await expect(team.locator('.team-unknowns li')).toHaveText('2 of 4 are not sure about “IT spending”. Ask the CFO or the CIO for last year\'s IT spending as a share of revenue.');

  // Questions for the workshop, written from the disagreements.
  await expect(team.locator('.workshop-questions li')).toHaveText([
    'What is the right answer to “Headcount”? The team gave “50–249” and “250–999”: check it before choosing a model.',
    'On “Appetite for a new unit”, CFO answered “Not at all — we want to avoid structural change”, while CEO and CMO answered “Keen — ready to fund and staff it”: agree on one answer before you plan the first steps.',
    'On “IT capacity for marketing”, CMO answered “Helps when asked, if time allows”, while Budi (CIO) answered “A dedicated IT team serves marketing and customer technology”: agree on one answer before you plan the first steps.',
    'Who brings the answer to “IT spending”? Ask the CFO or the CIO for last year\'s IT spending as a share of revenue.',
  ]);

  // The team's plan names the members who hold a step's role.
  const cioStep = team.locator('.team-plan .first-steps li', { hasText: 'Name one contact in IT for marketing' });
  await expect(cioStep.locator('.step-owner')).toHaveText('Owner: The CIO — Budi (CIO)');

  // The host page heard of the team, without the labels (often names).
  const last = await page.evaluate(() => window.__team.at(-1));
  expect(last.members.map((m) => m.model)).toEqual([3, 3, 3, 2]);
  expect(JSON.stringify(last)).not.toContain('Budi');
  expect(last.team).toMatchObject({ model: 3, modelKey: 'separate-lanes', consensus: 3, onTop: { 1: 0, 2: 1, 3: 3 } });
  await saveScreenshot(advisor.root, 'team-1280');

  // Copy the team link: every code and label, in the fragment.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await advisor.root.getByRole('button', { name: 'Copy team link' }).click();
  await expect(team.locator('.copy-status')).toHaveText('Team link copied. Anyone who opens it sees this team view.');
  const teamLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(teamLink).toBe(`${baseURL}/examples/plain.html#team-cio-cmo=${teamLinkValue(LEADERSHIP_TEAM)}`);

  // Opened by someone else: the same view, the labels as text, nothing saved.
  const other = await (await browser.newContext()).newPage();
  await other.goto(teamLink);
  const opened = new Advisor(other);
  await expect(opened.root.locator('.team-headline .team-agreement')).toHaveText('Consensus: model 3 comes out on top for 3 of 4 members.');
  for (const [index, { label }] of LEADERSHIP_TEAM.entries()) {
    await expect(opened.root.locator('.member input').nth(index)).toHaveValue(label);
  }
  await expect(opened.root.locator('.team-divisions .differences > li').nth(0).locator('dd')).toHaveText(['CFO', 'Budi (CIO)', 'CEO and CMO']);
  expect(await other.evaluate(() => localStorage.getItem('cio-cmo-advisor/v1/default'))).toBeNull();

  // Without the labels, the link names no one.
  await advisor.root.getByLabel('Put the labels in the team link').uncheck();
  await advisor.root.getByRole('button', { name: 'Copy team link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/examples/plain.html#team-cio-cmo=${[ceo, cio, cmo, cfo].join('.')}`);

  // The table: a row per member and one for the team, columns for every answer and fit.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    advisor.root.getByRole('button', { name: 'Download table (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('cio-cmo-advisor-team.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trimEnd().split('\r\n').map((line) => line.slice(1, -1).split('","'));
  expect(rows).toHaveLength(6);
  expect(rows[0][0]).toBe('Label');
  expect(rows[0].slice(-4)).toEqual(['Model 1 fit (%)', 'Model 2 fit (%)', 'Model 3 fit (%)', 'Recommended model']);
  expect(rows.map((r) => r.length)).toEqual(Array(6).fill(20));
  expect(rows.map((r) => r[0])).toEqual(['Label', 'CEO', 'Budi (CIO)', 'CMO', 'CFO', 'Team (combined answers)']);
  expect(rows[4][1]).toBe('50–249');
  expect(rows[5].at(-1)).toBe('Model 3');

  // The team file: the answers-file format, extended to a team.
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    advisor.root.getByRole('button', { name: 'Download team file (JSON)' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'cio-cmo-advisor-team', formatVersion: 1, language: 'en', team: { consensus: 3, result: { model: 3 } } });
  expect(file.members.map((m) => m.label)).toEqual(LEADERSHIP_TEAM.map((m) => m.label));

  // Removing a member keeps the others, their labels and the view.
  await team.locator('.member').nth(3).getByRole('button', { name: 'Remove CFO' }).click();
  await expect(team.locator('.member')).toHaveCount(3);
  await expect(team.locator('.team-facts')).toContainText('The members agree on every fact about the company.');
  await expect(headline.locator('.team-agreement')).toHaveText('Consensus: model 3 comes out on top for 3 of 3 members.');

  // Back to the intro, and into the team view again: nothing lost.
  await advisor.root.getByRole('button', { name: 'Back', exact: true }).click();
  await advisor.root.getByRole('button', { name: 'Team view' }).click();
  await expect(team.locator('.member')).toHaveCount(3);
});

for (const [name, members] of [['four', LEADERSHIP_TEAM], ['eight', TEAM_OF_EIGHT]]) {
  test(`the workshop sheet of ${name} prints on one or two A4 pages without the controls`, async ({ page }) => {
    await page.goto(`/examples/plain.html#team-cio-cmo=${teamLinkValue(members)}`);
    const advisor = new Advisor(page);
    await expect(advisor.root.locator('.team-headline')).toBeVisible();
    const html = await printedDocument(page, advisor, 'Print workshop sheet');
    const pages = await layOutForPrint(page, html, `team-print-${name}`);
    for (const shown of ['.team-chart', '.team-facts', '.team-divisions', '.team-workshop', '.team-plan']) {
      await expect(page.locator(shown)).toBeVisible();
    }
    for (const hidden of ['.team-members', '.team-actions', '.nav', '.lang-switch']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    if (members.length === 8) {
      // Two facts and two divisions in full; the others named.
      await expect(page.locator('.fact-list > li:visible')).toHaveCount(2);
      await expect(page.locator('.differences > li:visible')).toHaveCount(2);
      await expect(page.locator('.more-facts')).toContainText('Other facts also answered differently: “');
      await expect(page.locator('.more-divisions')).toContainText('Other opinions also answered far apart: “');
    }
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('from the result, your own answers join first, and a divided team is named so, in Indonesian', async ({ page }) => {
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.switchLanguage('id');
  await advisor.start();
  await advisor.completeWith(REALISTIC[1]);
  await advisor.openSection('actions');
  await advisor.root.getByRole('button', { name: 'Hasil tim' }).click();
  const team = advisor.root.locator('.team');
  await expect(team.locator('.member')).toHaveCount(1);
  await expect(advisor.root.getByLabel('Anggota 1: jabatan atau nama')).toHaveValue('');
  await expect(team.locator('.team-agreement')).toHaveText('Baru ada satu anggota. Tambahkan tautan anggota lain untuk melihat hal-hal yang disepakati tim.');
  // Model 1 (you) against the CIO and CFO's model 3 and 2: divided.
  await advisor.root.getByLabel('Tautan atau kode').fill(`${LEADERSHIP_TEAM[1].code}\n${LEADERSHIP_TEAM[3].code}`);
  await advisor.root.getByRole('button', { name: 'Tambahkan ke tim' }).click();
  await expect(team.locator('.member')).toHaveCount(3);
  await expect(team.locator('.team-agreement')).toHaveText('Hasil tim terbagi antara model 1 (1 dari 3), model 2 (1 dari 3) dan model 3 (1 dari 3).');
  await expect(team.locator('.team-headline')).toHaveAttribute('data-consensus', '');
  // The whole team of eight on top: two are in already, one is a ninth.
  await advisor.root.getByLabel('Tautan atau kode').fill(TEAM_OF_EIGHT.map((m) => m.code).join('\n'));
  await advisor.root.getByRole('button', { name: 'Tambahkan ke tim' }).click();
  await expect(team.locator('.member')).toHaveCount(8);
  const [cio, cfo, ninth] = [TEAM_OF_EIGHT[1], TEAM_OF_EIGHT[3], TEAM_OF_EIGHT[7]].map((m) => m.code);
  await expect(team.locator('.gather-problems li')).toHaveText([
    `“${cio}”: Jawabannya sama persis dengan Anggota 2, sehingga tidak ditambahkan lagi. Dua anggota yang jawabannya sama persis dihitung satu kali.`,
    `“${cfo}”: Jawabannya sama persis dengan Anggota 3, sehingga tidak ditambahkan lagi. Dua anggota yang jawabannya sama persis dihitung satu kali.`,
    `“${ninth}”: Tidak ditambahkan: satu tim paling banyak beranggotakan 8 orang. Hapus salah satu anggota terlebih dahulu.`,
  ]);
  await advisor.root.getByRole('button', { name: 'Kembali ke hasil' }).click();
  await expect(advisor.result()).toBeVisible();
});

test('a team link that is too long, or has a bad member, says so and shows the rest', async ({ page }) => {
  const [ceo, cio] = LEADERSHIP_TEAM;
  const broken = `${cio.code.slice(0, 10)}~CIO`;
  await page.goto(`/examples/plain.html#team-cio-cmo=${teamLinkValue([ceo])}.${broken}`);
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.member')).toHaveCount(1);
  await expect(advisor.root.locator('.notices')).toContainText(`One member of this team link could not be loaded. “${cio.code.slice(0, 10)}”: This link or code is damaged or incomplete.`);
  await page.goto(`/examples/plain.html#team-cio-cmo=${'A'.repeat(3001)}`);
  await page.reload();
  await expect(advisor.root.locator('.notices')).toContainText('This team link is longer than any this advisor makes, so it was not opened.');
  await expect(advisor.root.locator('.member')).toHaveCount(0);
});

test('labels are text, never markup', async ({ page }) => {
  const members = [{ ...LEADERSHIP_TEAM[0], label: '<img src=x onerror="window.__owned=1">' }, LEADERSHIP_TEAM[1]];
  await page.goto(`/examples/plain.html#team-cio-cmo=${teamLinkValue(members)}`);
  const advisor = new Advisor(page);
  await expect(advisor.root.locator('.member')).toHaveCount(2);
  await expect(advisor.root.locator('.member input').first()).toHaveValue(members[0].label);
  await expect(advisor.root.locator('.team img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__owned)).toBeUndefined();
});

test('the team view works with the keyboard alone', async ({ page }) => {
  await page.goto('/examples/plain.html');
  const advisor = new Advisor(page);
  await advisor.ready();
  const focused = () => advisor.root.evaluate((host) => host.shadowRoot.activeElement?.textContent?.trim() ?? '');
  for (let presses = 0; presses < 15 && (await focused()) !== 'Team view'; presses++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Team view');
  await page.keyboard.press('Enter');
  await expect(advisor.root.locator('.team h2')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(advisor.root.getByLabel('Links or codes')).toBeFocused();
  await page.keyboard.type(LEADERSHIP_TEAM.map((m) => m.code).join(' '));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(advisor.root.locator('.member')).toHaveCount(4);
  // Back through the members' fields: each label is typed and kept.
  await expect(advisor.root.locator('.team-gather button')).toBeFocused();
  for (const before of ['Links or codes', 'Remove Member 4']) {
    await page.keyboard.press('Shift+Tab');
    expect(await advisor.root.evaluate((host) => host.shadowRoot.activeElement.labels?.[0]?.textContent ?? host.shadowRoot.activeElement.textContent)).toBe(before);
  }
  await page.keyboard.press('Shift+Tab');
  await expect(advisor.root.getByLabel('Member 4: role or name')).toBeFocused();
  await page.keyboard.type('Sri (CFO)');
  await page.keyboard.press('Tab');
  await expect(advisor.root.getByRole('button', { name: 'Remove Sri (CFO)' })).toBeFocused();
  await expect(advisor.root.locator('.team-divisions dd').first()).toHaveText('Sri (CFO)');
});

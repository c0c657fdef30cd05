// Page object for one <cio-cmo-advisor> on a page. Playwright locators
// pierce open shadow roots, so these reach inside the widget.
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';

export const QUESTION_COUNT = 15;

/** Answer sets (option index per question) that reach each model. */
export const REALISTIC = {
  // A digital-first marketplace, ready to fund a joint unit.
  1: [4, 4, 0, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  // A 30-person label where marketing does it all.
  2: [0, 0, 1, 0, 0, 1, 1, 0, 1, 2, 1, 1, 0, 1, 1],
  // A large bank that wants no structural change.
  3: [4, 4, 0, 3, 2, 3, 2, 2, 2, 2, 2, 2, 0, 2, 2],
};

/** Archetypes from docs/DECISION_MODEL.md, as option indices. */
export const ARCHETYPE = {
  digitalBank: [3, 3, 0, 3, 2, 3, 3, 2, 3, 2, 3, 3, 3, 3, 3], // model 1, close call with 3
  batikLabel: [0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1], // model 2, no CIO and no CMO
  stateBank: [4, 4, 0, 3, 2, 3, 2, 2, 2, 2, 2, 2, 0, 2, 2], // model 3, clear fit
};

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

export async function saveScreenshot(target, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await target.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

export class Advisor {
  constructor(page, index = 0) {
    this.page = page;
    this.root = page.locator('cio-cmo-advisor').nth(index);
  }

  heading() { return this.root.locator('h2'); }
  progress() { return this.root.locator('.progress-text'); }
  options() { return this.root.locator('input[type=radio]'); }
  forward() { return this.root.locator('.screen .nav .primary'); }
  back() { return this.root.locator('.screen .nav .secondary'); }
  result() { return this.root.locator('.result[data-recommended-model]'); }

  async ready() {
    await expect(this.root.locator('.advisor')).toBeVisible();
  }

  async switchLanguage(code) {
    await this.root.locator(`.lang-switch button[lang=${code}]`).click();
  }

  async start() {
    await this.ready();
    await this.forward().click();
    await expect(this.progress()).toBeVisible();
  }

  /** Answers every question with the mouse, ending on the result. */
  async completeWith(choices) {
    for (const [q, option] of choices.entries()) {
      await expect(this.progress()).toContainText(String(q + 1));
      await this.options().nth(option).check();
      await this.forward().click();
    }
    await expect(this.result()).toBeVisible();
  }

  /** Opens a result section if it is closed (it is on phones and in narrow columns). */
  async openSection(part) {
    const section = this.root.locator(`details.result-part.${part}`);
    if (!(await section.evaluate((details) => details.open))) await section.locator('summary').click();
  }

  async recommendedModel() {
    return this.result().getAttribute('data-recommended-model');
  }
}

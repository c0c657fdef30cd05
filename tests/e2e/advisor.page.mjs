// Page object for one <cio-cmo-advisor> on a page. Playwright locators
// pierce open shadow roots, so these reach inside the widget.
import { expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';

export { QUESTION_COUNT, REALISTIC, ARCHETYPE, LEADERSHIP_TEAM } from '../answer-sets.mjs';

// WCAG 2.2 AA: the rules axe-core checks in these tests.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the whole page, shadow roots included; returns readable violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' >>> ')} — ${n.failureSummary.replaceAll('\n', ' ')}`).join('\n    ')}`);
  }, TAGS);
  return violations;
}

export async function expectNoViolations(page, where) {
  const violations = await axe(page);
  expect(violations, `${where}:\n${violations.join('\n')}`).toEqual([]);
}

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

export async function saveScreenshot(target, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await target.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/**
 * Presses one of the widget's print buttons and returns the document its
 * print frame would print: the frame's print() is caught, not run.
 */
export async function printedDocument(page, advisor, button) {
  await advisor.root.evaluate((host) => {
    window.__printed = [];
    new MutationObserver((changes) => {
      for (const change of changes) for (const node of change.addedNodes) {
        if (node.classList?.contains('print-frame')) {
          // What would print: the document, with the stylesheet it adopted.
          node.contentWindow.print = () => {
            const doc = node.contentDocument;
            const css = doc.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
            const style = doc.createElement('style');
            style.textContent = css;
            doc.head.append(style);
            window.__printed.push(doc.documentElement.outerHTML);
          };
        }
      }
    }).observe(host.shadowRoot, { childList: true, subtree: true });
  });
  await advisor.root.getByRole('button', { name: button }).click();
  await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(1);
  return page.evaluate(() => window.__printed[0]);
}

/**
 * Lays a printed document out as a printer would (A4, print media), keeps
 * its PDF as an artifact and returns the PDF's page count.
 */
export async function layOutForPrint(page, html, name) {
  await page.evaluate((doc) => { document.open(); document.write(doc); document.close(); }, html);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}${name}.pdf`, pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
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

  /**
   * Answers every question with the mouse, ending on the result;
   * `onScreen(name)`, if given, runs on each question and the result.
   */
  async completeWith(choices, onScreen = async () => {}) {
    for (const [q, option] of choices.entries()) {
      // The first number is the question's ("Question 5 of 15" also holds a 1).
      await expect(this.progress()).toHaveText(new RegExp(`^\\D*${q + 1}\\b`));
      await onScreen(`question ${q + 1}`);
      await this.options().nth(option).check();
      await this.forward().click();
    }
    await expect(this.result()).toBeVisible();
    await onScreen('result');
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

/** The demo page's result for an answer set, in a language, by the mouse. */
export async function resultFor(page, choices, lang = 'en') {
  await page.goto('/');
  const advisor = new Advisor(page);
  await advisor.ready();
  await advisor.switchLanguage(lang);
  await advisor.start();
  await advisor.completeWith(choices);
  return advisor;
}

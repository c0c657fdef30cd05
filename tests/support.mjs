// Helpers shared by the Node-run tests (cross-engine scenarios, npm package,
// WordPress plugin): free ports, polling, and Debian's Chromium.
import { createServer } from 'node:net';

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

/** Polls `check` every 50 ms until it returns something truthy, which it returns. */
export async function until(check, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/**
 * Whether two boxes ({ left, width } in CSS px) share their left edge and
 * width, to a sub-pixel: what the layout tests require of the widget and
 * the box it must fill.
 */
export function sameColumn(a, b) {
  return Math.abs(a.left - b.left) < 0.6 && Math.abs(a.width - b.width) < 0.6;
}

/**
 * Starts the questionnaire in a Playwright locator of one <cio-cmo-advisor>
 * and answers every question with the mouse; returns the recommended model.
 * `onScreen(name)`, if given, runs on the intro, each question and the result.
 */
export async function completeWidget(widget, choices, onScreen = async () => {}) {
  await onScreen('intro');
  await widget.locator('.screen .nav .primary').click();
  for (const [q, option] of choices.entries()) {
    await widget.locator('.progress-text').filter({ hasText: new RegExp(`^\\D*${q + 1}\\b`) }).waitFor();
    await onScreen(`question ${q + 1}`);
    await widget.locator('input[type=radio]').nth(option).check();
    await widget.locator('.screen .nav .primary').click();
  }
  const result = widget.locator('.result[data-recommended-model]');
  await result.waitFor();
  await onScreen('result');
  return result.getAttribute('data-recommended-model');
}

/**
 * Debian's Chromium through Playwright, never a downloaded browser. The flags
 * keep it off the network this machine does not have.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

// One small driver per browser engine, all with the same methods, so that
// each scenario in scenarios.mjs is written once and run in every engine:
//   chromium  Debian's Chromium through Playwright
//   firefox   Debian's Firefox ESR through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through its WebDriver (selenium-webdriver),
//             under a virtual display (xvfb-run)
// Clicks and keys are real input events from each driver (pointer at the
// element's centre, keys to the focused element), not element.click().
// Nothing here downloads a browser: every engine is a Debian package.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, launchChromium, until } from '../support.mjs';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const ENGINES = ['chromium', 'firefox', 'webkit'];

function savePng(name, base64) {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}${name}.png`, Buffer.from(base64, 'base64'));
}

async function chromium() {
  const browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  return {
    version: browser.version(),
    async open(url) { await page.goto(url); },
    async reload() { await page.reload(); },
    async run(fn, ...args) { return page.evaluate(fn, args); },
    async clickAt(x, y) { await page.mouse.click(x, y); },
    async press(key) { await page.keyboard.press(key === 'Space' ? ' ' : key); },
    async viewport(width, height) { await page.setViewportSize({ width, height }); },
    async screenshot(name) { savePng(name, (await page.screenshot()).toString('base64')); },
    async close() { await browser.close(); },
  };
}

async function firefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // No update checks or telemetry on a closed network; focus behaves as in
    // a window the user is looking at.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'focusmanager.testmode': true },
  });
  // The tab Firefox starts with never gets focus over BiDi, and an unfocused
  // page ignores keys for activation: a new tab brought to the front has it.
  const page = await browser.newPage();
  await page.bringToFront();
  return {
    version: (await browser.version()).replace(/^firefox\//i, ''),
    async open(url) { await page.goto(url); },
    async reload() { await page.reload(); },
    async run(fn, ...args) { return page.evaluate(fn, args); },
    async clickAt(x, y) { await page.mouse.click(x, y); },
    async press(key) {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else {
        // WebDriver's Enter (U+E007, what puppeteer sends for 'Enter') is the
        // keypad's, which Firefox does not treat as activating a button;
        // U+E006 is the main Return key a person presses.
        await page.keyboard.press({ Enter: '\uE006', Space: ' ' }[key] ?? key);
      }
    },
    async viewport(width, height) { await page.setViewport({ width, height }); },
    async screenshot(name) { savePng(name, await page.screenshot({ encoding: 'base64' })); },
    async close() { await browser.close(); },
  };
}

async function webkit() {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const port = await freePort();
  // A virtual display of its own; MiniBrowser cannot run without one. The
  // screen is larger than any viewport a scenario asks for.
  const driverProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => { try { process.kill(-driverProcess.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', stop);
  let driver;
  for (let attempt = 0; ; attempt++) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
        })
        .build();
      break;
    } catch (error) {
      if (attempt > 50) { stop(); throw error; }
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN };
  const capabilities = await driver.getCapabilities();
  // Functions go over as source text: selenium runs a script body.
  const run = (fn, ...args) => driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve((${fn.toString()})(arguments[0])).then((value) => done(value), (error) => done({ __error: String(error) }));`,
    args,
  ).then((value) => {
    if (value && value.__error) throw new Error(value.__error);
    return value;
  });
  return {
    version: capabilities.get('browserVersion'),
    async open(url) { await driver.get(url); },
    async reload() { await driver.navigate().refresh(); },
    run,
    async clickAt(x, y) {
      await driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform();
    },
    async press(key) {
      const actions = driver.actions({ async: true });
      if (key === 'Shift+Tab') await actions.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      else await actions.sendKeys(keys[key]).perform();
    },
    async viewport(width, height) {
      // In full-screen mode the window is the viewport; the driver sets its size.
      // GTK resizes the window after setRect has returned (about one resize in
      // ten still reads the old size at once), so wait for the page to see it,
      // asking again if a request seems lost.
      const size = () => run(() => [innerWidth, innerHeight]);
      for (let request = 0; request < 5; request++) {
        await driver.manage().window().setRect({ width, height });
        const resized = await until(async () => {
          const [w, h] = await size();
          return w === width && h === height;
        }, 'the new viewport size', 2_000).then(() => true, () => false);
        if (resized) return;
      }
      const [w, h] = await size();
      throw new Error(`MiniBrowser gave a ${w} × ${h} px viewport for ${width} × ${height}`);
    },
    async screenshot(name) {
      // WebKitWebDriver captures what was last painted: without waiting for
      // the page's next two frames, a screenshot right after a screen change
      // could still show the screen before it.
      await run(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      savePng(name, await driver.takeScreenshot());
    },
    async close() {
      try { await driver.quit(); } finally { stop(); }
    },
  };
}

const LAUNCHERS = { chromium, firefox, webkit };

/** Starts one engine; the scenarios get its driver with `name` and `version`. */
export async function launch(name) {
  const driver = await LAUNCHERS[name]();
  // Every engine starts at the same desktop size (their own defaults differ).
  await driver.viewport(1280, 900);
  return { name, ...driver };
}

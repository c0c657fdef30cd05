// The WordPress plugin in a real WordPress (stack.mjs), used as a site
// owner and a visitor would in Chromium: upload and activate it in the
// admin screens, publish a post with the shortcode and one with the block,
// complete each as a visitor, check that hostile shortcode attributes come
// out inert, look at the block in the editor, then deactivate and delete it
// and find nothing left behind. Needs release/ (bash scripts/release.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REALISTIC } from '../answer-sets.mjs';
import { completeWidget, launchChromium } from '../support.mjs';
import { logIn, startWordPress } from './stack.mjs';

const RELEASE = fileURLToPath(new URL('../../release/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../e2e/artifacts/', import.meta.url));
const PLUGIN_FILE = 'cio-cmo-advisor/cio-cmo-advisor.php';

let wp;
let browser;
let owner; // the site owner's logged-in page
const posts = {};

function pluginZip() {
  const zip = existsSync(RELEASE) && readdirSync(RELEASE).find((f) => /^cio-cmo-advisor-wordpress-.*\.zip$/.test(f));
  if (!zip) throw new Error('no plugin zip in release/: run bash scripts/release.sh first');
  return join(RELEASE, zip);
}

/**
 * Opens `url` as a visitor (a browser context of its own, not logged in),
 * runs `check` on the page, and then requires that the page threw nothing.
 */
async function asVisitor(url, check) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await check(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

/** Publishes a post through the REST API with the owner's cookie and nonce. */
async function publish(title, content) {
  const post = await owner.evaluate(async ([title, content]) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const response = await fetch('/?rest_route=/wp/v2/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
      body: JSON.stringify({ title, content, status: 'publish' }),
    });
    return response.json();
  }, [title, content]);
  assert.ok(post.id, `post "${title}" was not published: ${JSON.stringify(post).slice(0, 300)}`);
  return post;
}

function sql(query) {
  return execFileSync('mariadb', ['--no-defaults', `--socket=${wp.dir}/run/mysqld.sock`, '-u', 'root', '-N', '-B', 'wordpress', '-e', query]).toString();
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  wp = await startWordPress();
  browser = await launchChromium();
  const context = await browser.newContext({ baseURL: wp.url, viewport: { width: 1280, height: 900 } });
  owner = await context.newPage();
  await logIn(owner);
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

test('the site owner uploads the zip and activates the plugin in the admin screens', async () => {
  await owner.goto('/wp-admin/plugin-install.php?tab=upload');
  await owner.setInputFiles('#pluginzip', pluginZip());
  await owner.click('#install-plugin-submit');
  await owner.getByText('Plugin installed successfully.').waitFor();
  await owner.goto('/wp-admin/plugins.php');
  const row = owner.locator(`tr[data-plugin="${PLUGIN_FILE}"]`);
  assert.match(await row.locator('.plugin-title strong').textContent(), /CIO–CMO Collaboration Advisor/);
  await row.locator('.activate a').click();
  await owner.getByText('Plugin activated.').waitFor();
  assert.equal(await row.getAttribute('class'), 'active');
});

test('a visitor completes the questionnaire on a post with the shortcode', async () => {
  posts.shortcode = await publish('Model kolaborasi CIO–CMO untuk perusahaan Anda',
    '<!-- wp:paragraph --><p>Jawab lima belas pertanyaan berikut.</p><!-- /wp:paragraph -->\n'
    + '<!-- wp:shortcode -->[cio_cmo_advisor lang="id" theme="auto" accent="#0b6e4f" company="PT Maju Jaya"]<!-- /wp:shortcode -->');
  await asVisitor(posts.shortcode.link, async (page) => {
    const widget = page.locator('cio-cmo-advisor');
    assert.deepEqual(await widget.evaluate((e) => [e.lang, e.getAttribute('theme'), e.getAttribute('accent'), e.getAttribute('company')]),
      ['id', 'auto', '#0b6e4f', 'PT Maju Jaya']);
    await widget.locator('h2').filter({ hasText: 'Model kolaborasi CIO–CMO mana yang cocok untuk PT Maju Jaya?' }).waitFor();
    assert.equal(await completeWidget(widget, REALISTIC[2]), '2');
  });
});

test('a visitor completes the questionnaire on a post with the block, aligned wide', async () => {
  posts.block = await publish('Which CIO–CMO model fits?',
    '<!-- wp:cio-cmo-advisor/advisor {"lang":"en","company":"Block Example Ltd","align":"wide"} /-->');
  await asVisitor(posts.block.link, async (page) => {
    const wrapper = page.locator('.wp-block-cio-cmo-advisor-advisor');
    assert.match(await wrapper.getAttribute('class'), /alignwide/);
    await wrapper.locator('cio-cmo-advisor h2').filter({ hasText: 'Which CIO–CMO collaboration model fits Block Example Ltd?' }).waitFor();
    assert.equal(await completeWidget(page.locator('cio-cmo-advisor'), REALISTIC[1]), '1');
    await page.locator('cio-cmo-advisor .result').screenshot({ path: `${ARTIFACTS}wordpress-post-result.png` });
    await page.screenshot({ path: `${ARTIFACTS}wordpress-post.png`, fullPage: false });
  });
});

test('shortcode attributes carrying markup or script come out inert', async () => {
  const post = await publish('Hostile attributes',
    '[cio_cmo_advisor company="<script>window.__pwned=1</script>Evil" accent="red;}</style><script>window.__pwned=2</script>" lang="../../x" theme="neon"]');
  await asVisitor(post.link, async (page) => {
    const widget = page.locator('cio-cmo-advisor');
    await widget.locator('.advisor').waitFor();
    const seen = await widget.evaluate((element) => ({
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      pwned: window.__pwned ?? null,
      scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
    }));
    assert.deepEqual(seen, { attributes: { company: 'Evil' }, pwned: null, scripts: 0 });
    // Still a working widget, with its defaults.
    assert.match(await completeWidget(widget, REALISTIC[2]), /^[123]$/);
  });
});

test('two shortcodes on one page: one module script, two independent widgets', async () => {
  const post = await publish('CIO and CMO side by side',
    '[cio_cmo_advisor lang="en" id="cio"]\n\n[cio_cmo_advisor lang="en" id="cmo" theme="dark"]');
  await asVisitor(post.link, async (page) => {
    const loaders = await page.evaluate(() => [...document.querySelectorAll('script[src*="cio-cmo-advisor.js"]')].map((s) => s.type));
    assert.deepEqual(loaders, ['module']);
    const [cio, cmo] = [page.locator('cio-cmo-advisor').nth(0), page.locator('cio-cmo-advisor').nth(1)];
    await cio.locator('.screen .nav .primary').click();
    await cio.locator('input[type=radio]').nth(1).check();
    await cio.locator('.screen .nav .primary').click();
    await cio.locator('.progress-text').filter({ hasText: 'Question 2 of 15' }).waitFor();
    assert.equal(await cmo.locator('.progress-text').count(), 0);
    const stored = await page.evaluate(() => [localStorage.getItem('cio-cmo-advisor/v1/cio'), localStorage.getItem('cio-cmo-advisor/v1/cmo')]);
    assert.ok(stored[0]);
    assert.equal(stored[1], null);
  });
});

test('the block in the editor: its placeholder, its settings in the sidebar, no invalid-block warning; a changed setting reaches the post', async () => {
  await owner.goto(`/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  // The editor greets a first-time user with a guide.
  await owner.evaluate(() => window.wp?.data?.dispatch('core/edit-post')?.toggleFeature && window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide') && window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'));
  const block = owner.locator('.wp-block-cio-cmo-advisor-advisor');
  await block.waitFor();
  assert.match(await block.textContent(), /Language: English · Theme: Light · Company: Block Example Ltd/);
  await block.click();
  await owner.getByRole('button', { name: 'Advisor settings' }).waitFor();
  assert.equal(await owner.getByLabel('Company name').inputValue(), 'Block Example Ltd');
  assert.equal(await owner.locator('.block-editor-warning').count(), 0);
  await owner.screenshot({ path: `${ARTIFACTS}wordpress-block-editor.png` });
  // The owner switches the block to Indonesian and renames the company.
  await owner.getByLabel('Language').selectOption({ label: 'Bahasa Indonesia' });
  await owner.getByLabel('Company name').fill('PT Sidebar Jaya');
  await block.filter({ hasText: 'Language: Bahasa Indonesia · Theme: Light · Company: PT Sidebar Jaya' }).waitFor();
  await owner.getByRole('button', { name: 'Update', exact: true }).click();
  await owner.locator('.components-snackbar').filter({ hasText: 'Post updated.' }).waitFor();
  await asVisitor(posts.block.link, async (page) => {
    const widget = page.locator('cio-cmo-advisor');
    assert.equal(await widget.getAttribute('lang'), 'id');
    await widget.locator('h2').filter({ hasText: 'Model kolaborasi CIO–CMO mana yang cocok untuk PT Sidebar Jaya?' }).waitFor();
  });
});

test('deactivating and deleting the plugin in the admin screens leaves nothing behind', async () => {
  await owner.goto('/wp-admin/plugins.php');
  const row = owner.locator(`tr[data-plugin="${PLUGIN_FILE}"]`);
  await row.locator('.deactivate a').click();
  await owner.getByText('Plugin deactivated.').waitFor();
  owner.once('dialog', (dialog) => dialog.accept());
  await row.locator('.delete a').click();
  await owner.getByText(/was successfully deleted/).waitFor();
  assert.equal(existsSync(join(wp.content, 'plugins/cio-cmo-advisor')), false);
  // No option, transient or table of the plugin's. Two of WordPress's own
  // records name every plugin that was there, by file, until they refresh:
  // the recently-active list and the cached update check.
  const options = sql("SELECT option_name FROM wp_options WHERE (option_name LIKE '%cio%' OR option_value LIKE '%cio_cmo%' OR option_value LIKE '%cio-cmo%') AND option_name NOT IN ('recently_activated', '_site_transient_update_plugins')");
  assert.equal(options.trim(), '');
  assert.equal(sql("SHOW TABLES LIKE '%cio%'").trim(), '');
});

test('PHP logged nothing but WordPress 6.1’s own deprecation notices', () => {
  assert.deepEqual(wp.phpProblems(), []);
});

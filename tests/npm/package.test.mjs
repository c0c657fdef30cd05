// The npm package as a front-end team gets it: the packed tarball from
// release/ (bash scripts/release.sh), ready for `npm publish`, installed
// into a fixture app (tools pinned by its own lock file) with the command its
// README gives; its TypeScript types checked by tsc, both ways; the app
// bundled by Vite (a plain page and a React 19 page with event props),
// webpack 5 and esbuild, each build served and completed in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { REALISTIC } from '../answer-sets.mjs';
import { completeWidget, freePort, launchChromium, until } from '../support.mjs';

const RELEASE = fileURLToPath(new URL('../../release/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixture/', import.meta.url));
// What the loader names, the on-demand reader's files too: a bundler must
// copy them for a page with its own content file.
const ENGINE_FILES = ['cio-cmo-advisor-app.js', 'cio-cmo-advisor-app_bg.wasm',
  'cio-cmo-advisor-files.js', 'cio-cmo-advisor-reader.js', 'cio-cmo-advisor-reader_bg.wasm'];

let app;
let tarball;

function npm(args, cwd) {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** The first shell block under the package README's "Install" heading. */
function installCommand(readme) {
  const command = readme.split('## Install')[1]?.match(/```sh\n(.+)\n```/)?.[1];
  if (!command) throw new Error('the package README has no install command');
  return command.trim().split(/\s+/);
}

before(() => {
  const name = existsSync(RELEASE) && readdirSync(RELEASE).find((f) => /^cio-cmo-advisor-\d.*\.tgz$/.test(f));
  if (!name) throw new Error('no npm tarball in release/: run bash scripts/release.sh first');
  tarball = join(RELEASE, name);
  app = mkdtempSync(join(tmpdir(), 'cio-cmo-npm-'));
  cpSync(FIXTURE, app, { recursive: true });
  npm(['ci'], app);
  // As the package README says: the release file in the app's folder, installed from there.
  cpSync(tarball, join(app, name));
  const [tool, ...args] = installCommand(execFileSync('tar', ['-xzOf', tarball, 'package/README.md']).toString());
  assert.equal(tool, 'npm');
  npm(args, app);
});

after(() => app && rmSync(app, { recursive: true, force: true }));

test('the tarball installs with its fields and only its files', () => {
  const installed = join(app, 'node_modules/cio-cmo-advisor');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const cargoVersion = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"$/m)[1];
  assert.equal(manifest.version, cargoVersion);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports), ['.', './react', './content', './advisor.json', './advisor.schema.json', './package.json']);
  assert.deepEqual(manifest.sideEffects, ['./cio-cmo-advisor.js']);
  assert.deepEqual(readdirSync(installed).sort(),
    ['README.md', 'advisor.json', 'advisor.schema.json', 'cio-cmo-advisor-app.js', 'cio-cmo-advisor-app_bg.wasm', 'cio-cmo-advisor-files.js', 'cio-cmo-advisor-reader.js', 'cio-cmo-advisor-reader_bg.wasm', 'cio-cmo-advisor.js', 'content.d.ts', 'index.d.ts', 'package.json', 'react.d.ts']);
  // The loader keeps the comments that tell bundlers to leave its imports alone.
  const loader = readFileSync(join(installed, 'cio-cmo-advisor.js'), 'utf8');
  assert.match(loader, /import\(\/\* @vite-ignore \*\/ \/\* webpackIgnore: true \*\/ ENGINE_JS\)/);
  assert.match(loader, /import\(\/\* @vite-ignore \*\/ \/\* webpackIgnore: true \*\/ FILES\)/);
  // The built-in content is where a host's own file starts.
  assert.equal(JSON.parse(readFileSync(join(installed, 'advisor.json'), 'utf8')).id, 'cio-cmo-advisor');
});

test('the README’s install command put the release file in package.json, and the package is ready to publish', () => {
  const { dependencies } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  assert.equal(dependencies['cio-cmo-advisor'], `file:${basename(tarball)}`);
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/cio-cmo-advisor/package.json'), 'utf8'));
  // What the registry's package page shows, beside the README.
  assert.match(manifest.repository.url, /^git\+https:\/\/.+\.git$/);
  assert.match(manifest.homepage, /^https:\/\//);
  assert.match(manifest.bugs.url, /^https:\/\/.+\/issues$/);
  for (const keyword of ['web-component', 'react', 'webassembly']) assert.ok(manifest.keywords.includes(keyword), keyword);
  const published = JSON.parse(npm(['publish', '--dry-run', '--json', tarball], app))['cio-cmo-advisor'];
  assert.equal(published.id, `cio-cmo-advisor@${manifest.version}`);
  assert.deepEqual(published.files.map((file) => file.path).sort(),
    ['README.md', 'advisor.json', 'advisor.schema.json', 'cio-cmo-advisor-app.js', 'cio-cmo-advisor-app_bg.wasm', 'cio-cmo-advisor-files.js', 'cio-cmo-advisor-reader.js', 'cio-cmo-advisor-reader_bg.wasm', 'cio-cmo-advisor.js', 'content.d.ts', 'index.d.ts', 'package.json', 'react.d.ts']);
});

test('correct use of the element, its events and JSX passes tsc', () => {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('a wrong event-detail field and misspelt React event props fail tsc, each with its own error', () => {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.wrong.json'], { cwd: app, encoding: 'utf8' });
  assert.notEqual(result.status, 0);
  const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
  assert.equal(errors.length, 3, result.stdout);
  assert.match(errors[0], /^type-errors\/misspelt-event-prop\.tsx\(5,.*error TS7006: Parameter 'event' implicitly has an 'any' type/);
  assert.match(errors[1], /^type-errors\/misspelt-event-prop\.tsx\(7,.*error TS2322: Type '\{ onAdvisorComplete: /);
  assert.match(errors[2], /^type-errors\/wrong-detail\.ts.*Property 'modle' does not exist on type 'AdvisorCompleteDetail'/);
});

/**
 * Asserts that a bundler copied the engine and the reader's files into `dir`
 * under content-hashed names, which proves it rewrote the loader's URLs.
 */
function assertHashedCopies(dir) {
  const files = readdirSync(join(app, dir));
  for (const file of ENGINE_FILES) {
    const dot = file.lastIndexOf('.');
    const [stem, ext] = [file.slice(0, dot), file.slice(dot)];
    // Vite writes name-hash.ext, webpack (as configured) name.hash.ext.
    const hashed = (f) => f !== file && f.startsWith(stem) && /^[.-][\w-]{6,}\./.test(f.slice(stem.length)) && f.endsWith(ext);
    assert.ok(files.some(hashed),
      `${file} is not in ${dir} under a hashed name: ${files.join(', ')}`);
  }
}

/** webpack and esbuild get the fixture page with the bundle in place of the source. */
function writeBundlePage(dir) {
  const page = readFileSync(join(app, 'index.html'), 'utf8').replace('/src/main.js', './main.js');
  writeFileSync(join(app, dir, 'index.html'), page);
}

/**
 * Serves a built app folder with `vite preview`, completes the questionnaire
 * on its page `path` in Chromium, then runs `check(page)`.
 */
async function completeBuiltApp(dir, path = '', check = async () => {}) {
  const port = await freePort();
  const preview = spawn('npx', ['vite', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: app, stdio: 'ignore', detached: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    const url = `http://127.0.0.1:${port}/`;
    await until(async () => (await fetch(url).catch(() => null))?.ok, '`vite preview` to answer');
    await page.goto(url + path);
    const widget = page.locator('cio-cmo-advisor');
    await widget.locator('h2').filter({ hasText: 'Which CIO–CMO collaboration model fits Example Ltd?' }).waitFor();
    assert.equal(await completeWidget(widget, REALISTIC[1]), '1');
    // The app's own typed listener ran.
    assert.match(await page.locator('#completed').textContent(), /^model 1 \(joint-marketing-tech\), fit \d+%$/);
    await check(page);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    process.kill(-preview.pid, 'SIGTERM');
  }
}

function run(command, args) {
  execFileSync('npx', [command, ...args], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
}

test('a Vite app builds with the package, is served, and completes to a result in Chromium', async () => {
  run('vite', ['build', '--logLevel', 'warn']);
  assertHashedCopies('dist/assets');
  await completeBuiltApp('dist');
});

test('in a React 19 app built by Vite, the typed event props fire: one start, every answer, the result', async () => {
  // The same build as above: Vite builds both pages of the fixture.
  if (!existsSync(join(app, 'dist/react.html'))) run('vite', ['build', '--logLevel', 'warn']);
  await completeBuiltApp('dist', 'react.html', async (page) => {
    assert.equal(await page.locator('#react-events').textContent(), '1 start, 15 answers, first headcount=5000-plus');
  });
});

test('a webpack 5 app with no loader or plugin builds with the package and completes', async () => {
  run('webpack', []);
  assertHashedCopies('dist-webpack');
  writeBundlePage('dist-webpack');
  await completeBuiltApp('dist-webpack');
});

test('an esbuild app completes once the three files are copied beside the bundle, as the package README says', async () => {
  run('esbuild', ['src/main.js', '--bundle', '--format=esm', '--outfile=dist-esbuild/main.js', '--log-level=warning']);
  for (const file of ENGINE_FILES) cpSync(join(app, 'node_modules/cio-cmo-advisor', file), join(app, 'dist-esbuild', file));
  writeBundlePage('dist-esbuild');
  await completeBuiltApp('dist-esbuild');
});

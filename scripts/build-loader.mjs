// Writes into a copy of the loader what it carries from the build:
// - the widget's stylesheet (styles/cio-cmo-advisor.css, minified), which
//   the loader adopts in each shadow root as a constructable stylesheet, so
//   the widget paints the moment the loader runs, with no request of its own;
// - the first screens: the intro and the first question of the built-in
//   questionnaire in each language, as HTML rendered natively by the
//   engine's own Yew components (the `first-screens` binary, Yew's server
//   renderer), which the loader paints while the engine loads.
// Used by the Trunk post-build hook (scripts/post-build.mjs) and by
// scripts/release.sh for the npm package's loader as written.
//   node scripts/build-loader.mjs <loader.js>   (rewritten in place)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STYLESHEET = `${ROOT}styles/cio-cmo-advisor.css`;

function firstScreens() {
  const screens = execFileSync('cargo', ['run', '--quiet', '--bin', 'first-screens'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  // Checked before it goes in: a JSON object with the three screens per language.
  for (const [lang, each] of Object.entries(JSON.parse(screens))) {
    for (const screen of ['intro', 'introForCompany', 'question']) {
      if (!each[screen]?.startsWith('<div')) throw new Error(`first screens: no ${screen} for ${lang}`);
    }
  }
  return screens.trim();
}

async function stylesheet() {
  const { code } = await transform(readFileSync(STYLESHEET, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
  return JSON.stringify(code.trim());
}

export async function buildLoader(loader) {
  let source = readFileSync(loader, 'utf8');
  for (const [mark, value] of [['/* stylesheet */ null', await stylesheet()], ['/* first screens */ null', firstScreens()]]) {
    if (!source.includes(mark)) throw new Error(`${loader}: no “${mark}” to replace`);
    source = source.replace(mark, () => value);
  }
  writeFileSync(loader, source);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildLoader(process.argv[2]);

// Trunk post-build hook: minifies the files a host page loads — the loader,
// the wasm-bindgen glue, the widget stylesheet and the on-demand reader's
// scripts — in release builds only.
// esbuild keeps the syntax as written (ES2022 modules), only smaller.
import { transform } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const stage = process.env.TRUNK_STAGING_DIR;

for (const [file, loader] of [
  ['cio-cmo-advisor.js', 'js'],
  ['cio-cmo-advisor-files.js', 'js'],
  ['cio-cmo-advisor-reader.js', 'js'],
  ['cio-cmo-advisor-app.js', 'js'],
  ['cio-cmo-advisor.css', 'css'],
]) {
  const path = join(stage, file);
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2022', legalComments: 'none' });
  await writeFile(path, code);
}

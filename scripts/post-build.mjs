// Trunk post-build hook: writes the stylesheet and the first screens into
// the loader (every build; scripts/build-loader.mjs), then, in release
// builds only, minifies the scripts a host page loads — the loader, the
// wasm-bindgen glue and the on-demand reader's scripts. esbuild keeps the
// syntax as written (ES2022 modules), only smaller.
import { transform } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLoader } from './build-loader.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
await buildLoader(join(stage, 'cio-cmo-advisor.js'));
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

for (const file of ['cio-cmo-advisor.js', 'cio-cmo-advisor-files.js', 'cio-cmo-advisor-reader.js', 'cio-cmo-advisor-app.js']) {
  const path = join(stage, file);
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, { loader: 'js', minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  await writeFile(path, code);
}

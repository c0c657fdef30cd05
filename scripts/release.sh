#!/usr/bin/env bash
# Builds the release and writes the versioned artifacts to release/
# (installs what is missing first):
#   release/cio-cmo-advisor-<version>.tgz                 the npm package
#   release/cio-cmo-advisor-wordpress-<version>.zip       the WordPress plugin
#   release/cio-cmo-advisor-<version>.zip                 the widget files + README.txt
# The version is Cargo.toml's; nothing else carries one by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh
source scripts/env.sh

VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$VERSION" ] || { echo "no version in Cargo.toml" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || trunk build --release

OUT="$PWD/release"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

ENGINE_FILES=(cio-cmo-advisor-app.js cio-cmo-advisor-app_bg.wasm)
# Fetched only by a page with its own content file, or to load or save answers.
READER_FILES=(cio-cmo-advisor-reader.js cio-cmo-advisor-reader_bg.wasm)
# Scripts the loader names with `new URL('./…', import.meta.url)`: shipped
# as written for npm (bundlers read their comments), minified elsewhere.
LOADER_SCRIPTS=(cio-cmo-advisor.js cio-cmo-advisor-files.js)
# The built-in content and its schema: where a host's own file starts.
CONTENT_FILES=(content/advisor.json content/advisor.schema.json)
stamp() { # replaces the version placeholder in every file under $1
  grep -rl '0.0.0-set-by-release' "$1" | xargs -r sed -i "s/0\.0\.0-set-by-release/$VERSION/g"
}

# npm: the loader's scripts as written (bundlers read their comments) with
# the stylesheet and first screens written in, the rest minified;
# content-file types generated from the schema.
mkdir "$STAGE/npm"
cp packaging/npm/* "$STAGE/npm/"
for file in "${LOADER_SCRIPTS[@]}"; do cp "embed/$file" "$STAGE/npm/"; done
node scripts/build-loader.mjs "$STAGE/npm/cio-cmo-advisor.js"
for file in "${ENGINE_FILES[@]}" "${READER_FILES[@]}"; do cp "dist/$file" "$STAGE/npm/"; done
cp "${CONTENT_FILES[@]}" "$STAGE/npm/"
json2ts -i content/advisor.schema.json -o "$STAGE/npm/content.d.ts" \
  --bannerComment "// Types of a content file (advisor.json), generated from advisor.schema.json."
stamp "$STAGE/npm"
(cd "$STAGE/npm" && npm pack --silent --pack-destination "$OUT" >/dev/null)

# WordPress: the plugin folder with the widget files under assets/.
cp -r packaging/wordpress "$STAGE/wordpress"
mkdir "$STAGE/wordpress/cio-cmo-advisor/assets"
for file in "${LOADER_SCRIPTS[@]}" "${ENGINE_FILES[@]}" "${READER_FILES[@]}"; do cp "dist/$file" "$STAGE/wordpress/cio-cmo-advisor/assets/"; done
stamp "$STAGE/wordpress"
(cd "$STAGE/wordpress" && zip -qr -X "$OUT/cio-cmo-advisor-wordpress-$VERSION.zip" cio-cmo-advisor)

# Plain files, to copy into any site.
PLAIN="$STAGE/plain/cio-cmo-advisor-$VERSION"
mkdir -p "$PLAIN"
for file in "${LOADER_SCRIPTS[@]}" "${ENGINE_FILES[@]}" "${READER_FILES[@]}"; do cp "dist/$file" "$PLAIN/"; done
cp "${CONTENT_FILES[@]}" "$PLAIN/"
cat > "$PLAIN/README.txt" <<TEXT
CIO–CMO Collaboration Advisor $VERSION

Copy the .js and .wasm files into one folder of your site, e.g.
/assets/advisor/$VERSION/, and add two lines to any page:

  <script type="module" src="/assets/advisor/$VERSION/cio-cmo-advisor.js"></script>
  <cio-cmo-advisor lang="id" company="PT Maju Jaya"></cio-cmo-advisor>

Serve .wasm as application/wasm. Attributes: lang (id, en), theme (light, dark,
auto), accent (a CSS colour), company (up to 80 characters), content (the URL of
your own questionnaire file). advisor.json is the built-in questionnaire, a
starting point for your own; advisor.schema.json describes the format, and an
editor that knows JSON Schema checks your file as you type. With a
Content-Security-Policy, allow 'wasm-unsafe-eval' in script-src. Events,
hosting from a CDN and privacy: see the project's README.
TEXT
(cd "$STAGE/plain" && zip -qr -X "$OUT/cio-cmo-advisor-$VERSION.zip" "cio-cmo-advisor-$VERSION")

ls -l "$OUT"
echo "To publish the npm package: npm publish $OUT/cio-cmo-advisor-$VERSION.tgz (the tests run it with --dry-run)"

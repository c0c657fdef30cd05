#!/usr/bin/env bash
# Runs every test (installs what is missing first):
#   format and lint for both targets, native engine tests, browser component
#   tests (wasm-bindgen-test, headless Chromium), the release build and its
#   size budget, the end-to-end tests (Playwright + axe-core, Chromium), the
#   core scenarios in Chromium, Firefox and WebKit, the release artifacts,
#   the npm package in apps built by Vite, webpack and esbuild, and the
#   WordPress plugin in a real WordPress. Every server and browser a test
#   starts, it stops.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Format"
cargo fmt --all -- --check
step "Lint (native and wasm)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "Native tests: decision engine, content, embedding rules"
cargo test
step "Browser tests: components in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test browser
step "Release build (trunk, wasm-opt -Oz, minified)"
trunk build --release
step "Size: gzip total of what the widget loads"
node scripts/size-budget.mjs
step "End-to-end tests: built dist/ in Chromium (Playwright)"
npx playwright test
step "Core scenarios in Chromium, Firefox and WebKit"
node --test --test-reporter=spec tests/e2e/cross-engine.test.mjs
step "Release artifacts (npm tarball, WordPress plugin, plain zip)"
SKIP_SETUP=1 SKIP_BUILD=1 bash scripts/release.sh
step "npm package: types; an app built with it by Vite, webpack and esbuild, completed in Chromium"
node --test --test-reporter=spec tests/npm/package.test.mjs
step "WordPress plugin in a real WordPress 6.1 (MariaDB, Apache + PHP)"
node --test --test-reporter=spec tests/wordpress/plugin.test.mjs

#!/usr/bin/env bash
# Installs everything the project needs to build, serve and test, skipping
# whatever is already installed. Safe to run any number of times.
#
#   Rust target wasm32-unknown-unknown        (rustup)
#   wasm-bindgen CLI 0.2.130 + test runner    (cargo install; matches the crate)
#   Trunk 0.21.14                             (cargo install; 0.22 needs rustc 1.96)
#   Chromium + ChromeDriver                   (Debian packages)
#   Firefox ESR; WebKitGTK's WebDriver + MiniBrowser, Xvfb
#                                             (Debian packages, cross-engine tests)
#   WordPress 6.1 + Twenty Twenty-Three, MariaDB, Apache + PHP, zip
#                                             (Debian packages, plugin tests and release;
#                                              installed, never started as services)
#   wasm-opt (binaryen), Playwright, axe-core, puppeteer-core, selenium-webdriver,
#   json-schema-to-typescript                 (npm ci, from package-lock.json)
#   the crates in Cargo.lock                  (cargo fetch: Trunk builds offline)
#
# Nothing here downloads a browser or a tool binary from the web: only the
# package registries (crates.io, Debian, npm) are used.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust with rustup first (https://rustup.rs)." >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # No --locked: the CLI's lock file names a yanked crate.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# Debian packages, each checked by one file it installs.
declare -A package_files=(
  [chromium]=/usr/bin/chromium
  [chromium-driver]=/usr/bin/chromedriver
  [nodejs]=/usr/bin/node
  [npm]=/usr/bin/npm
  [firefox-esr]=/usr/bin/firefox-esr
  [webkit2gtk-driver]=/usr/bin/WebKitWebDriver
  [xvfb]=/usr/bin/xvfb-run
  [xauth]=/usr/bin/xauth
  [zip]=/usr/bin/zip
  [wordpress]=/usr/share/wordpress/wp-settings.php
  [wordpress-theme-twentytwentythree]=/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json
  [mariadb-server]=/usr/sbin/mariadbd
  [apache2]=/usr/sbin/apache2
  [libapache2-mod-php]=/usr/lib/apache2/modules/libphp8.2.so
  [php-mysql]=/usr/share/doc/php-mysql/copyright
)
missing_packages=()
for package in "${!package_files[@]}"; do
  # node and npm may come from elsewhere (nvm, NodeSource): any on PATH will do.
  case $package in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  [ -e "${package_files[$package]}" ] || missing_packages+=("$package")
done
if [ ${#missing_packages[@]} -eq 0 ]; then
  say "Debian packages (browsers, WordPress stack, zip): present"
else
  say "installing Debian packages: ${missing_packages[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  browsers=() server=()
  for package in "${missing_packages[@]}"; do
    case $package in wordpress* | mariadb-server | apache2 | libapache2-mod-php | php-mysql) server+=("$package") ;; *) browsers+=("$package") ;; esac
  done
  # Browsers with what they recommend (fonts among it); the WordPress stack
  # without (it recommends a mail server and more).
  [ ${#browsers[@]} -eq 0 ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${browsers[@]}"
  [ ${#server[@]} -eq 0 ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${server[@]}"
fi

# npm ci only when package-lock.json changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.setup-lock-sum ] && [ "$(cat node_modules/.setup-lock-sum)" = "$lock_sum" ]; then
  say "npm packages: present"
else
  say "installing npm packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.setup-lock-sum
fi

# Trunk builds with --offline, so the crates must be here before it runs.
say "Rust crates (cargo fetch)"
cargo fetch --locked --quiet

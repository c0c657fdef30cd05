#!/usr/bin/env bash
# Builds the release and serves the demo page on http://127.0.0.1:8080
# (installs what is missing first). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "Serving the demo on http://127.0.0.1:8080/ (rebuilds on change)"
exec trunk serve --release

#!/usr/bin/env bash
# The side-by-side benchmark (not part of the default tests):
#   bash bench/run.sh            # desktop and mobile profiles, 15 rounds each
#   ROUNDS=30 PROFILES=mobile TRACE=1 bash bench/run.sh   # more rounds, one profile, a trace
# then the team view of eight on the mobile profile (bench/team.mjs).
# Installs what is missing, builds the release, then runs bench/run.mjs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh
(cd bench && npm ci --no-audit --no-fund --silent)
trunk build --release
echo "Engine micro-benchmark: cargo bench --manifest-path bench/engine/Cargo.toml"
NODE_PATH="$PWD/node_modules" node bench/run.mjs
NODE_PATH="$PWD/node_modules" node bench/team.mjs

#!/usr/bin/env bash
# Sets up and runs every test: type-check, lint, unit tests, and the end-to-end test in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run typecheck
npm run lint
npm run test:unit
npm run test:e2e

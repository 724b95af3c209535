#!/usr/bin/env bash
# Installs the npm packages with `npm ci` unless node_modules holds a finished install of the
# current package-lock.json: npm writes node_modules/.package-lock.json last, so a folder an
# interrupted install left behind, or one from an older lock file, is installed again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

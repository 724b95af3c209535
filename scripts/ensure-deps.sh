#!/usr/bin/env bash
# Installs the npm packages with `npm ci` unless node_modules holds a finished install of this
# package-lock.json. npm writes node_modules/.package-lock.json last, and this script then records
# the lock file's hash beside it, so a folder an interrupted install left behind, or one installed
# from another lock file, is installed again (file times are no guide: git sets them on checkout).
set -euo pipefail
cd "$(dirname "$0")/.."
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
have="$(cat node_modules/.newsmark-lock-sha256 2>/dev/null || true)"
if [ ! -f node_modules/.package-lock.json ] || [ "$want" != "$have" ]; then
  echo "[deps] installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$want" > node_modules/.newsmark-lock-sha256
fi

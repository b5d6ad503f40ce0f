#!/usr/bin/env bash
# make ts-check, the TypeScript type proof (output under dist/ts/, untracked): generate
# TypeScript types from spec/plusofon.yaml (openapi-typescript) and compile plusofon-proof.ts
# against them with tsc --strict; with next_page_url taken out of the types it must not compile.
# TypeScript clients at run time (orval, openapi-typescript with openapi-fetch, hey-api,
# typescript-fetch, typescript-axios) are rows of make generators-check (tools/generators).
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=tools/node/node_modules/.bin
proof=tools/node/proof
types=dist/ts/plusofon.ts
tsc=("$bin/tsc" -p "$proof/tsconfig.json" --strict --noEmit)
mkdir -p dist/ts
"$bin/openapi-typescript" spec/plusofon.yaml --output "$types" \
  --redocly "$proof/redocly-openapi-typescript.yaml" >dist/ts/openapi-typescript.log 2>&1 \
  || { cat dist/ts/openapi-typescript.log; exit 1; }
"${tsc[@]}"
echo "ts-check: tools/node/proof/plusofon-proof.ts compiles against the types of spec/plusofon.yaml"

cp "$types" "$types.orig"
sed -i '/next_page_url/d' "$types"
if "${tsc[@]}" >dist/ts/without-next-page-url.log 2>&1; then
  mv -f "$types.orig" "$types"
  echo "ts-check: the proof still compiles without next_page_url in the types: it does not use them"
  exit 1
fi
mv -f "$types.orig" "$types"
if ! grep -q "Property 'next_page_url' does not exist" dist/ts/without-next-page-url.log; then
  echo "ts-check: without next_page_url the proof failed for another reason:"
  cat dist/ts/without-next-page-url.log
  exit 1
fi
echo "ts-check: and fails as it should when the spec loses next_page_url"

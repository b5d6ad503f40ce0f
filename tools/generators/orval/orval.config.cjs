// orval's fetch client of the published bundle, in two builds: out/orval (the README's, its
// requests sent through plusofon-transport.ts beside this file, undici's request(), which sends
// a GET body) and out/generators-check/orval-plain (orval's default: fetch, which refuses one).
const input = { target: "../../../dist/spec/plusofon.yaml" };
const output = (target, override) => ({ target, client: "fetch", mode: "single", override });
module.exports = {
  plusofon: {
    input,
    output: output("../../../out/orval/plusofon.ts", {
      mutator: { path: "./plusofon-transport.ts", name: "plusofonFetch" },
    }),
  },
  plain: { input, output: output("../../../out/generators-check/orval-plain/plusofon.ts", {}) },
};

// orval: a fetch client for the published bundle, its requests sent through
// plusofon-transport.ts (undici's request(), which, unlike fetch, sends a body with GET).
module.exports = {
  plusofon: {
    input: { target: "../../../dist/spec/plusofon.yaml" },
    output: {
      target: "../../../dist/ts/orval/plusofon.ts",
      client: "fetch",
      mode: "single",
      override: {
        mutator: { path: "./plusofon-transport.ts", name: "plusofonFetch" },
      },
    },
  },
};

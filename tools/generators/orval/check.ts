// orval's fetch client of the bundle against the mock: out/orval sends through the mutator
// (the recipe); out/generators-check/orval-plain is orval's default, Node's own fetch.
import * as plain from "../../../out/generators-check/orval-plain/plusofon";
import * as withTransport from "../../../out/orval/plusofon";
import { ACCOUNT, CYRILLIC_KEY, authHeaders, baseUrl, behaviour, signedFiles, withRecipe } from "../node/report";

// orval's default client calls fetch with the path alone: give it the mock's address and the
// auth headers, and leave everything else (a GET body included) to Node's fetch.
const nativeFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  nativeFetch(new URL(`${baseUrl()}${String(input)}`), {
    ...init,
    headers: { ...authHeaders(), ...Object.fromEntries(new Headers(init?.headers)) },
  });

const api = (withRecipe() ? withTransport : plain) as typeof withTransport;

function ok<T extends { status: number }>(answer: T): T {
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
  return answer;
}

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    for (const kind of ["def", "abc"] as const) {
      const answer = ok(await api.searchNumbers({ phone_type: kind }));
      if (answer.status === 200) found[kind] = answer.data.data.map((item) => item.phone_type);
    }
    return found;
  });
  await behaviour("unfiltered", async () => {
    const answer = ok(await api.listNumbers());
    return { count: answer.status === 200 ? answer.data.data.length : 0 };
  });
  await behaviour("upload", async () => {
    ok(await api.uploadSignedAgreement({ "files[]": signedFiles() }));
    return { sent: true };
  });
  await behaviour("cyrillic", async () => {
    // orval keeps the wire key as the property name: the Cyrillic key, verbatim.
    ok(await api.saveJurAgreement({ name: "РОМАЖЕЧКА", [CYRILLIC_KEY]: ACCOUNT }));
    const answer = ok(await api.getJurAgreement());
    return { read: answer.status === 200 ? answer.data.agreement["\u0441orrespondent_account"] : null };
  });
}

void main();

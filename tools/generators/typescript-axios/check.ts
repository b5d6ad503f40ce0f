// openapi-generator's `-g typescript-axios` client (out/typescript-axios) against the mock.
// axios in Node sends a GET body as it is given: no recipe.
import { AgreementApi, Configuration, NumberApi } from "../../../out/typescript-axios";
import { ACCOUNT, CYRILLIC_KEY, authHeaders, baseUrl, behaviour, signedFiles } from "../node/report";

const configuration = new Configuration({
  basePath: baseUrl(),
  baseOptions: { headers: authHeaders() },
});
const numbers = new NumberApi(configuration);
const agreement = new AgreementApi(configuration);

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    for (const kind of ["def", "abc"] as const) {
      const page = await numbers.searchNumbers(undefined, { phone_type: kind });
      found[kind] = page.data.data.map((item) => item.phone_type);
    }
    return found;
  });
  await behaviour("unfiltered", async () => ({
    count: (await numbers.listNumbers()).data.data.length,
  }));
  await behaviour("upload", async () => {
    await agreement.uploadSignedAgreement(signedFiles());
    return { sent: true };
  });
  await behaviour("cyrillic", async () => {
    // typescript-axios keeps the wire key as the property name: the Cyrillic key, verbatim
    // (--name-mappings does not apply to it; axios sends the object as it is).
    await agreement.saveJurAgreement({ name: "РОМАЖЕЧКА", [CYRILLIC_KEY]: ACCOUNT });
    const read = await agreement.getJurAgreement();
    return { read: read.data.agreement["\u0441orrespondent_account"] };
  });
}

void main();

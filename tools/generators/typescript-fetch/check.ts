// openapi-generator's `-g typescript-fetch` client (out/typescript-fetch) against the mock.
import { AgreementApi, Configuration, NumberApi } from "../../../out/typescript-fetch";
import { ACCOUNT, authHeaders, baseUrl, behaviour, signedFiles, withRecipe } from "../node/report";
import { fetchWithGetBody } from "../node/undici-fetch";

// The recipe: the client's `fetchApi` is undici's request(), which sends a GET body (Node only).
const configuration = new Configuration({
  basePath: baseUrl(),
  headers: authHeaders(),
  ...(withRecipe() ? { fetchApi: fetchWithGetBody } : {}),
});
const numbers = new NumberApi(configuration);
const agreement = new AgreementApi(configuration);

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    for (const kind of ["def", "abc"] as const) {
      const page = await numbers.searchNumbers({ numberSearchRequest: { phoneType: kind } });
      found[kind] = page.data.map((item) => item.phoneType);
    }
    return found;
  });
  await behaviour("unfiltered", async () => ({ count: (await numbers.listNumbers()).data.length }));
  await behaviour("upload", async () => {
    await agreement.uploadSignedAgreement({ files: signedFiles() });
    return { sent: true };
  });
  await behaviour("cyrillic", async () => {
    // The property the README's --name-mappings gives the key with the Cyrillic "с" (U+0441).
    await agreement.saveJurAgreement({
      agreementJurSaveRequest: { name: "РОМАЖЕЧКА", correspondentAccountCyrillic: ACCOUNT },
    });
    const read = await agreement.getJurAgreement();
    return { read: read.agreement.correspondentAccountCyrillic };
  });
}

void main();

// @hey-api/openapi-ts's fetch client (out/hey-api) against the mock: one JSON line a behaviour.
import { client } from "../../../out/hey-api/client.gen";
import {
  getJurAgreement,
  listNumbers,
  saveJurAgreement,
  searchNumbers,
  uploadSignedAgreement,
} from "../../../out/hey-api/sdk.gen";
import type { AgreementJurSaveRequest } from "../../../out/hey-api/types.gen";
import { ACCOUNT, CYRILLIC_KEY, authHeaders, baseUrl, behaviour, signedFiles, withRecipe } from "../node/report";
import { sendGetBodies } from "./get-body";

client.setConfig({ baseUrl: baseUrl(), headers: authHeaders(), throwOnError: true });
if (withRecipe()) sendGetBodies(client);

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    for (const kind of ["def", "abc"] as const) {
      const { data } = await searchNumbers({ body: { phone_type: kind }, throwOnError: true });
      found[kind] = data.data.map((item) => item.phone_type);
    }
    return found;
  });
  await behaviour("unfiltered", async () => {
    const { data } = await listNumbers({ throwOnError: true });
    return { count: data.data.length };
  });
  await behaviour("upload", async () => {
    await uploadSignedAgreement({ body: { "files[]": signedFiles() }, throwOnError: true });
    return { sent: true };
  });
  await behaviour("cyrillic", async () => {
    // hey-api keeps the wire key as the property name: the Cyrillic key, verbatim.
    const draft: AgreementJurSaveRequest = { name: "РОМАЖЕЧКА", [CYRILLIC_KEY]: ACCOUNT };
    await saveJurAgreement({ body: draft, throwOnError: true });
    const { data } = await getJurAgreement({ throwOnError: true });
    return { read: data.agreement["\u0441orrespondent_account"] };
  });
}

void main();

// openapi-typescript's types of the bundle with openapi-fetch, against the mock.
import createClient from "openapi-fetch";
import type { paths } from "../../../out/openapi-typescript/plusofon";
import { ACCOUNT, CYRILLIC_KEY, authHeaders, baseUrl, behaviour, signedFiles, withRecipe } from "../node/report";
import { RequestWithGetBody, fetchWithGetBody } from "../node/undici-fetch";

// The recipe: openapi-fetch builds requests with the `Request` class it is given and sends them
// with `fetch`; RequestWithGetBody keeps a GET body that Request would refuse, and undici sends it.
const client = createClient<paths>({
  baseUrl: baseUrl(),
  headers: authHeaders(),
  ...(withRecipe() ? { fetch: fetchWithGetBody, Request: RequestWithGetBody } : {}),
});

function data<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data === undefined) throw new Error(`HTTP ${answer.response.status}`);
  return answer.data;
}

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    for (const kind of ["def", "abc"] as const) {
      const page = data(await client.GET("/api/v1/number/search", { body: { phone_type: kind } }));
      found[kind] = page.data.map((item) => item.phone_type);
    }
    return found;
  });
  await behaviour("unfiltered", async () => ({
    count: data(await client.GET("/api/v1/number")).data.length,
  }));
  await behaviour("upload", async () => {
    const form = new FormData();
    for (const file of signedFiles()) form.append("files[]", file);
    data(
      await client.POST("/api/v1/agreement/upload", {
        body: {} as never,
        bodySerializer: () => form,
      }),
    );
    return { sent: true };
  });
  await behaviour("cyrillic", async () => {
    // openapi-typescript keeps the wire key as the property name: the Cyrillic key, verbatim.
    data(await client.POST("/api/v1/agreement/jur-save", { body: { name: "РОМАЖЕЧКА", [CYRILLIC_KEY]: ACCOUNT } }));
    const read = data(await client.GET("/api/v1/agreement/jur"));
    return { read: read.agreement["\u0441orrespondent_account"] };
  });
}

void main();

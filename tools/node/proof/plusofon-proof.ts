// Proof that a TypeScript team can use spec/plusofon.yaml as it is: `make ts-check` generates
// types from the spec with openapi-typescript (into dist/ts/, untracked) and compiles this file
// against them with `tsc --strict --noEmit`. Every value below is typed by the generated types,
// so a spec change that breaks these uses breaks the build.
import type { paths } from "plusofon-api";

type JsonBody<Request> = Request extends { content: { "application/json": infer Body } }
  ? Body
  : never;
type JsonAnswer<Response> = Response extends { content: { "application/json": infer Body } }
  ? Body
  : never;

// --- GET number/search: filters travel as a JSON body of a GET request -----------------------
type NumberSearchBody = JsonBody<NonNullable<paths["/api/v1/number/search"]["get"]["requestBody"]>>;

export const moscowSimpleNumbers: NumberSearchBody = {
  owner_type: "personal",
  city_code: 495,
  phone_number: "133221?",
  number_type: "0", // a string in the request, an integer in the answer (quirk 7)
  phone_type: "abc",
};

export const wrongNumberType: NumberSearchBody = {
  // @ts-expect-error -- the request takes number_type as a string "0"…"5", never a number
  number_type: 0,
};

// --- POST agreement/jur-save: the Cyrillic key the PHP sample uses -----------------------------
type JurSaveBody = JsonBody<paths["/api/v1/agreement/jur-save"]["post"]["requestBody"]>;

export const jurDraft: JurSaveBody = {
  legal_form: "ООО",
  name: "РОМАЖЕЧКА",
  inn: "1234567890",
  correspondent_account: "80211890480601000625",
  // The next key starts with CYRILLIC SMALL LETTER ES, "\u0441orrespondent_account", not a
  // Latin "c": the spelling of Plusofon's PHP sample, declared in the spec as an alias.
  сorrespondent_account: "80211890480601000625",
  agree_to_the_terms: true,
};

// Fails to compile if the key above were ever retyped with a Latin "c".
export const cyrillicKey: keyof JurSaveBody & "\u0441orrespondent_account" = "сorrespondent_account";

// --- GET number: a Laravel page, followed through next_page_url ----------------------------------
type NumberPage = JsonAnswer<paths["/api/v1/number"]["get"]["responses"][200]>;

/** Every connected number, page by page, until next_page_url is null. */
export async function allNumbers(
  getPage: (url: string) => Promise<NumberPage>,
): Promise<string[]> {
  const numbers: string[] = [];
  let url: string | null = "https://restapi.plusofon.ru/api/v1/number?page=1";
  while (url !== null) {
    const page: NumberPage = await getPage(url);
    for (const item of page.data) {
      const price: number = item.period_price; // an integer here, a "99.00" string in search
      numbers.push(`${item.number} (${item.phone_type}, ${price} ₽)`);
    }
    url = page.next_page_url;
  }
  return numbers;
}

// orval's fetch client of the bundle against the mock: out/orval sends through the mutator
// plusofon-transport.ts (the recipe); out/generators-check/orval-plain is orval's default, Node's
// own fetch. The filter behaviour goes further than the other rows': through the transport it
// reserves and buys sixteen def numbers and walks GET number page by page by next_page_url,
// resending the filter with each page; every number it lists joins the `def` answer it reports.
import * as plain from "../../../out/generators-check/orval-plain/plusofon";
import * as withTransport from "../../../out/orval/plusofon";
import { ACCOUNT, CYRILLIC_KEY, authHeaders, baseUrl, behaviour, signedFiles, withRecipe } from "../node/report";
import { plusofonFetch } from "./plusofon-transport";

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

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** Reserve the numbers (at most 15: one page of reservations), then buy them; their +7 form. */
async function reserveAndBuy(numbers: string[]): Promise<string[]> {
  for (const number of numbers) {
    // Ten digits as a string in the search answer, an integer in the reserve request (quirk 15).
    ok(await api.reserveNumber({ number: Number(number), owner_type: "personal" }));
  }
  const reservations = ok(await api.listReservedNumbers({ phone_type: "def" }));
  if (reservations.status !== 200) return [];
  const ours = reservations.data.data.filter((item) => numbers.includes(item.number.slice(1)));
  check(ours.length === numbers.length, `${ours.length} of ${numbers.length} reservations listed`);
  const bought = ok(await api.buyNumbers({ numbers: ours.map((item) => item.number), owner_type: "personal" }));
  check(bought.status === 200 && bought.data.success, "number/buy did not succeed");
  return ours.map((item) => item.number);
}

/** The phone types of every def number on every page of GET number, the filter resent each time. */
async function walkNumberPages(bought: string[]): Promise<string[]> {
  const filter = { phone_type: "def" } as const;
  const first = ok(await api.listNumbers(filter));
  if (first.status !== 200) return [];
  const pages = [first.data];
  for (let next = first.data.next_page_url; next !== null; next = pages[pages.length - 1]!.next_page_url) {
    // next_page_url is absolute and carries no filter: the GET body has to go again.
    const page = ok(await plusofonFetch<Awaited<ReturnType<typeof api.listNumbers>>>(next, {
      method: "GET",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(filter),
    }));
    if (page.status !== 200) return [];
    pages.push(page.data);
  }
  const listed = pages.flatMap((page) => page.data);
  check(pages.length >= 2, `GET number gave ${pages.length} page: nothing to resend the filter to`);
  check(listed.length === first.data.total, `the pages hold ${listed.length} of ${first.data.total} numbers`);
  const numbers = new Set(listed.map((item) => item.number));
  check(bought.every((number) => numbers.has(number)), "a bought number is not listed");
  return listed.map((item) => item.phone_type);
}

async function main(): Promise<void> {
  await behaviour("filter", async () => {
    const found: Record<string, string[]> = {};
    const defNumbers: string[] = [];
    for (const kind of ["def", "abc"] as const) {
      const answer = ok(await api.searchNumbers({ phone_type: kind }));
      if (answer.status !== 200) continue;
      found[kind] = answer.data.data.map((item) => item.phone_type);
      if (kind === "def") defNumbers.push(...answer.data.data.map((item) => item.number));
    }
    // Sixteen numbers in two rounds: with the def number already connected, two pages of GET number.
    const bought = [
      ...(await reserveAndBuy(defNumbers.slice(0, 8))),
      ...(await reserveAndBuy(defNumbers.slice(8, 16))),
    ];
    check(bought.length === 16, `${bought.length} numbers bought, not 16`);
    found.def = [...(found.def ?? []), ...(await walkNumberPages(bought))];
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

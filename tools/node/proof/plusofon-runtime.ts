// Run-time proof for TypeScript teams (make ts-check): the orval fetch client generated from
// dist/spec/plusofon.yaml, sending through plusofon-transport.ts (undici's request()), drives the
// mock server end to end. Every step checks what came back; any mismatch exits non-zero.
import {
  buyNumbers,
  downloadAgreement,
  getJurAgreement,
  listNumbers,
  listReservedNumbers,
  reserveNumber,
  saveJurAgreement,
  searchNumbers,
  submitJurAgreement,
  uploadSignedAgreement,
  type AgreementJurSaveRequest,
  type listNumbersResponse,
  type NumberListRequest,
} from "../../../dist/ts/orval/plusofon";
import { plusofonFetch, sent } from "./plusofon-transport";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`ts-check run: ${what}`);
  console.log(`ts-check run: ok - ${what}`);
}

// Starts with CYRILLIC SMALL LETTER ES (U+0441): the key of Plusofon's PHP sample (quirk 1).
const CYRILLIC_KEY = "\u0441orrespondent_account";
const ACCOUNT = "30101810400000000225";

async function searchAppliesTheGetBodyFilter(): Promise<string[]> {
  const numbers: Record<string, string[]> = {};
  for (const phoneType of ["abc", "def"] as const) {
    const answer = await searchNumbers({ phone_type: phoneType });
    if (answer.status !== 200) throw new Error(`number/search answered ${answer.status}`);
    const types = answer.data.data.map((item) => item.phone_type);
    check(
      types.length > 0 && types.every((type) => type === phoneType),
      `GET number/search with the JSON body {"phone_type": "${phoneType}"} returns only ${phoneType} numbers`,
    );
    numbers[phoneType] = answer.data.data.map((item) => item.number);
  }
  return numbers.def ?? [];
}

async function reserveAndBuy(numbers: string[]): Promise<string[]> {
  for (const number of numbers) {
    // Ten digits as a string in the search answer, an integer in the reserve request (quirk 15).
    const reserved = await reserveNumber({ number: Number(number), owner_type: "personal" });
    if (reserved.status !== 200) throw new Error(`number/reserve ${number}: ${reserved.status}`);
  }
  const reservations = await listReservedNumbers({ phone_type: "def" });
  if (reservations.status !== 200) throw new Error(`GET number/reserve: ${reservations.status}`);
  const ours = reservations.data.data.filter((item) => numbers.includes(item.number.slice(1)));
  check(ours.length === numbers.length, `${numbers.length} numbers reserved and listed`);
  const bought = await buyNumbers({
    numbers: ours.map((item) => item.number),
    owner_type: "personal",
  });
  check(bought.status === 200 && bought.data.success, `${numbers.length} reserved numbers bought`);
  return ours.map((item) => item.number);
}

async function walkNumberPages(bought: string[]): Promise<void> {
  // The filter travels in the GET body and has to be resent with every page (quirk 8).
  const filter: NumberListRequest = { phone_type: "def" };
  const first = await listNumbers(filter);
  if (first.status !== 200) throw new Error(`GET number: ${first.status}`);
  const pages = [first.data];
  let next = first.data.next_page_url;
  while (next !== null) {
    const page = await plusofonFetch<listNumbersResponse>(next, {
      method: "GET",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(filter),
    });
    if (page.status !== 200) throw new Error(`${next}: ${page.status}`);
    pages.push(page.data);
    next = page.data.next_page_url;
  }
  const numbers = pages.flatMap((page) => page.data);
  check(pages.length >= 2, `GET number walked ${pages.length} pages by next_page_url`);
  check(numbers.length === first.data.total, `the pages hold all ${first.data.total} numbers`);
  check(
    numbers.every((item) => item.phone_type === "def"),
    "every page applied the GET body filter",
  );
  const listed = new Set(numbers.map((item) => item.number));
  check(
    bought.every((number) => listed.has(number)),
    "every bought number is listed",
  );
}

async function saveWithTheCyrillicKey(): Promise<void> {
  const draft: AgreementJurSaveRequest = { name: "РОМАЖЕЧКА", [CYRILLIC_KEY]: ACCOUNT };
  const saved = await saveJurAgreement(draft);
  check(saved.status === 200, `POST agreement/jur-save with the key ${CYRILLIC_KEY} (U+0441)`);
  const read = await getJurAgreement();
  if (read.status !== 200) throw new Error(`GET agreement/jur: ${read.status}`);
  const agreement: Record<string, unknown> = { ...read.data.agreement };
  check(
    agreement[CYRILLIC_KEY] === ACCOUNT || agreement.correspondent_account === ACCOUNT,
    "GET agreement/jur reads the account back",
  );
}

async function uploadTwoFiles(): Promise<void> {
  const pdf = (name: string): File =>
    new File([`%PDF-1.4 ${name}`], name, { type: "application/pdf" });
  const submitted = await submitJurAgreement({
    legal_form: "ООО",
    name: "РОМАЖЕЧКА",
    inn: "7701234567",
    ogrn: "1027700000000",
    kpp: "770101001",
    bik: "044525225",
    bank: "ПАО Сбербанк",
    payment_account: "40702810400000000001",
    correspondent_account: ACCOUNT,
    last_name: "Иванов",
    first_name: "Иван",
    middle_name: "Иванович",
    position: "Генеральный директор",
    foundation_authority: "Устав",
    email: "office@example.com",
    billing_address_street: "ул. Тверская, д. 1",
    shipping_address_street: "ул. Тверская, д. 1",
    agree_to_the_terms: true,
    file_organization: pdf("organization.pdf"),
    file_authority: pdf("authority.pdf"),
    file_ogrn: pdf("ogrn.pdf"),
    file_inn: pdf("inn.pdf"),
  });
  check(submitted.status === 200, "POST agreement/jur (multipart with four files) accepted");
  const uploaded = await uploadSignedAgreement({
    "files[]": [pdf("signed-1.pdf"), pdf("signed-2.pdf")],
  });
  check(uploaded.status === 200, "POST agreement/upload with two files accepted");
  const parts = sent[sent.length - 1]?.parts ?? [];
  check(
    parts.length === 2 && parts.every((name) => name === "files[]"),
    `the two files went out as two files[] parts (${parts.join(", ")})`,
  );
  const contract = await downloadAgreement();
  const text = contract.data instanceof Uint8Array ? Buffer.from(contract.data).toString() : "";
  check(
    text.includes("Signed files: signed-1.pdf, signed-2.pdf"),
    "the server kept both files (PHP keeps an array only from files[] parts)",
  );
}

async function main(): Promise<void> {
  const found = await searchAppliesTheGetBodyFilter();
  // Sixteen numbers in two rounds (a reservation list page holds 15): with the def number
  // already connected, more than one 15-number page of GET number.
  const bought = [
    ...(await reserveAndBuy(found.slice(0, 8))),
    ...(await reserveAndBuy(found.slice(8, 16))),
  ];
  await walkNumberPages(bought);
  await saveWithTheCyrillicKey();
  await uploadTwoFiles();
  console.log(`ts-check run: all checks passed (${sent.length} requests through undici)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

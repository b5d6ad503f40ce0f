// What every Node program of the matrix prints: one JSON line per behaviour, judged by
// tools/generators/judge.py together with what the mock received.

export const ACCOUNT = "30101810400000000225";
// Starts with CYRILLIC SMALL LETTER ES (U+0441): the key of Plusofon's PHP sample (quirk 1).
export const CYRILLIC_KEY = "\u0441orrespondent_account";
export const SIGNED_FILES = ["signed-1.pdf", "signed-2.pdf"] as const;

/** The mock's base URL for this program (a path prefix per target). */
export const baseUrl = (): string => {
  const url = process.env.PLUSOFON_BASE_URL;
  if (url === undefined) throw new Error("PLUSOFON_BASE_URL is not set");
  return url;
};

/** The auth headers of every request. */
export const authHeaders = (): Record<string, string> => ({
  Authorization: `Bearer ${process.env.PLUSOFON_TOKEN ?? ""}`,
  Client: process.env.PLUSOFON_CLIENT_ID ?? "",
});

/** Whether to use the recipe (a transport that sends GET bodies): PLUSOFON_RECIPE=off skips it. */
export const withRecipe = (): boolean => process.env.PLUSOFON_RECIPE !== "off";

export function report(behaviour: string, result: Record<string, unknown>): void {
  console.log(JSON.stringify({ behaviour, ...result }));
}

/** Run one behaviour; an exception is reported as its error (a loud failure). */
export async function behaviour(
  name: string,
  run: () => Promise<Record<string, unknown>>,
): Promise<void> {
  try {
    report(name, await run());
  } catch (error: unknown) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    report(name, { error: (text.split("\n")[0] ?? "").slice(0, 300) });
  }
}

/** Two small PDFs for agreement/upload. */
export const signedFiles = (): File[] =>
  SIGNED_FILES.map((name) => new File([`%PDF-1.4 ${name}`], name, { type: "application/pdf" }));

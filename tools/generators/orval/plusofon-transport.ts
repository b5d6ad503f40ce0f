// The transport we recommend to JS/TS teams: undici's request(), the HTTP client under Node's
// own fetch. fetch (Node and browsers alike) refuses a body on GET with "TypeError: Request
// with GET/HEAD method cannot have body", and four Plusofon operations take their filters only
// as a JSON body of a GET (number, number/search, number/reserve, number/code-regions); request()
// sends it. A browser cannot send a GET body at all: call these operations from a server.
//
// orval's fetch client calls plusofonFetch (its `mutator`) with the path and a RequestInit, and
// expects back {data, status, headers}; this is that function.
import { request } from "undici";

/** Where the API is: PLUSOFON_BASE_URL (the mock in make generators-check), else the real server. */
export const baseUrl = (): string => process.env.PLUSOFON_BASE_URL ?? "https://restapi.plusofon.ru";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function encodeBody(
  body: RequestInit["body"],
): Promise<{ payload?: string | Buffer; contentType?: string }> {
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return { payload: body };
  if (body instanceof FormData) {
    // One part per entry, repeated names kept: `files[]` twice is two parts named files[].
    const encoded = new Response(body);
    const contentType = encoded.headers.get("content-type") ?? undefined;
    return { payload: Buffer.from(await encoded.arrayBuffer()), contentType };
  }
  throw new TypeError(`plusofonFetch: unsupported body ${Object.prototype.toString.call(body)}`);
}

/** orval's mutator: send one request with undici's request(), GET bodies included. */
export async function plusofonFetch<T>(url: string, options: RequestInit): Promise<T> {
  const method = (options.method ?? "GET").toUpperCase() as Method;
  // A path from the client is appended to the base URL, which may have a path of its own.
  const target = url.startsWith("/") ? new URL(baseUrl().replace(/\/$/, "") + url) : new URL(url);
  const { payload, contentType } = await encodeBody(options.body);
  const headers: Record<string, string> = {
    accept: "application/json",
    authorization: `Bearer ${process.env.PLUSOFON_TOKEN ?? ""}`,
    client: process.env.PLUSOFON_CLIENT_ID ?? "",
  };
  new Headers(options.headers).forEach((value, name) => {
    headers[name] = value;
  });
  if (contentType !== undefined) headers["content-type"] = contentType;
  const response = await request(target, { method, headers, body: payload });
  const answerHeaders = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? ""]) answerHeaders.append(name, item);
  }
  const media = answerHeaders.get("content-type") ?? "";
  const data = media.includes("json")
    ? await response.body.json()
    : new Uint8Array(await response.body.arrayBuffer());
  return { data, status: response.statusCode, headers: answerHeaders } as T;
}

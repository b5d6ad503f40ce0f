// A fetch that sends a body with GET: fetch (Node and browsers alike) refuses one with
// "TypeError: Request with GET/HEAD method cannot have body", and four Plusofon operations take
// their filters only as the JSON body of a GET. undici's request() (the engine under Node's own
// fetch) sends it. Browsers have no such transport: call those operations from a server.
import { request } from "undici";

/** A Request that keeps the body of a GET aside instead of refusing it. */
export class RequestWithGetBody extends Request {
  readonly getBody: string | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    const method = (init?.method ?? "GET").toUpperCase();
    const body = init?.body;
    const keep = (method === "GET" || method === "HEAD") && body !== undefined && body !== null;
    if (keep && typeof body !== "string") {
      throw new TypeError(`RequestWithGetBody: a ${method} body must be a JSON string`);
    }
    super(input, keep ? { ...init, body: undefined } : init);
    this.getBody = keep ? (body as string) : undefined;
  }
}

type Input = RequestInfo | URL;

async function encoded(input: Input, init?: RequestInit): Promise<{
  url: string;
  method: string;
  headers: Headers;
  body: string | Buffer | undefined;
}> {
  if (input instanceof Request && init === undefined) {
    const method = input.method.toUpperCase();
    const kept = input instanceof RequestWithGetBody ? input.getBody : undefined;
    const bytes = method === "GET" || method === "HEAD" ? undefined : await input.arrayBuffer();
    const body = kept ?? (bytes === undefined || bytes.byteLength === 0 ? undefined : Buffer.from(bytes));
    return { url: input.url, method, headers: new Headers(input.headers), body };
  }
  const url = input instanceof Request ? input.url : String(input);
  const method = (init?.method ?? "GET").toUpperCase();
  const headers = new Headers(init?.headers);
  const raw = init?.body;
  if (raw === undefined || raw === null) return { url, method, headers, body: undefined };
  if (typeof raw === "string") return { url, method, headers, body: raw };
  // FormData, Blob, URLSearchParams...: let Response encode it (and give the content type).
  const response = new Response(raw);
  const type = response.headers.get("content-type");
  if (type !== null) headers.set("content-type", type);
  return { url, method, headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** fetch's signature, sent with undici's request(): GET bodies included. */
export async function fetchWithGetBody(input: Input, init?: RequestInit): Promise<Response> {
  const { url, method, headers, body } = await encoded(input, init);
  const sent: Record<string, string> = {};
  headers.forEach((value, name) => {
    sent[name] = value;
  });
  const answer = await request(url, { method: method as "GET", headers: sent, body });
  const answerHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? ""]) answerHeaders.append(name, item);
  }
  const bytes = await answer.body.arrayBuffer();
  const status = answer.statusCode;
  return new Response(status === 204 ? null : bytes, { status, headers: answerHeaders });
}

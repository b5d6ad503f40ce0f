// The recipe for @hey-api/openapi-ts's fetch client (Node only): send the JSON body of a GET.
//
// As generated, the client builds `new Request(url, {method: "GET", body})`, which throws
// "TypeError: Request with GET/HEAD method cannot have body" (in browsers too: there, call these
// operations from your server). Three public hooks of the client fix it in Node:
// `requestValidator` (runs first, with the call's options) moves a GET's body aside, so the
// Request is built without one; a request interceptor (which sees the same options) rebuilds
// the request as a RequestWithGetBody carrying it; and `fetch` becomes undici's request().
import type { Client } from "../../../out/hey-api/client";
import { RequestWithGetBody, fetchWithGetBody } from "../node/undici-fetch";

const getBodies = new WeakMap<object, string>();

export function sendGetBodies(client: Client): void {
  client.setConfig({
    fetch: fetchWithGetBody,
    requestValidator: async (options: unknown) => {
      const call = options as { method?: string; body?: unknown };
      if (call.method === "GET" && call.body !== undefined) {
        getBodies.set(call, JSON.stringify(call.body));
        call.body = undefined;
      }
    },
  });
  client.interceptors.request.use((request, options) => {
    const body = getBodies.get(options);
    if (body === undefined) return request;
    const headers = new Headers(request.headers);
    headers.set("content-type", "application/json");
    return new RequestWithGetBody(request.url, { method: "GET", headers, body });
  });
}

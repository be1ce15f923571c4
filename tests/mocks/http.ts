import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Status and parsed JSON body of a mock's response. */
export interface JsonResponse {
  status: number;
  body: any;
}

/** Sends a JSON body with POST and parses the JSON response. */
export async function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<JsonResponse> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body), ...init });
  return { status: response.status, body: await response.json() };
}

/** Sends a GET and parses the JSON response. */
export async function getJson(url: string, init: RequestInit = {}): Promise<JsonResponse> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

/** Returns the error code under a failed fetch's `cause`, such as ECONNRESET. */
export async function fetchErrorCode(request: Promise<unknown>): Promise<string> {
  try {
    await request;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(error);
  }
  throw new Error("expected the request to fail, but it succeeded");
}

/** A request a test webhook received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  contentType: string | undefined;
  body: unknown;
}

/** A node:http server on 127.0.0.1 that records requests and responds to each with `status`, or never responds when `status` is undefined. */
export interface TestWebhook {
  url: string;
  received: ReceivedRequest[];
  stop(): Promise<void>;
}

/** Starts a test webhook on a free loopback port. */
export async function startWebhook(status: number | undefined): Promise<TestWebhook> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({ method: request.method ?? "", path: request.url ?? "", contentType: request.headers["content-type"], body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    if (status === undefined) return;
    response.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms-replies`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

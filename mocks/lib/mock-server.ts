import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault a mock state system can be switched into through its control API. */
export type FaultMode = "none" | "unavailable" | "timeout" | "malformed";

/** A request as a mock route sees it. */
export interface MockRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage["headers"];
}

/** What a mock route returns: a status and a JSON body. */
export interface MockResponse {
  status: number;
  body: unknown;
}

type Handler = (request: MockRequest) => MockResponse | Promise<MockResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** A running mock state system. */
export interface RunningMock {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Counts of calls per route, for testers and tests that assert batching. */
export type CallCounts = Record<string, number>;

/**
 * A small HTTP server for a mocked state system. Routes under `/_control`
 * switch faults and read call counts at runtime:
 * `POST /_control/fault {"mode": "unavailable"|"timeout"|"malformed"|"none", "latencyMs": 0}`,
 * `GET /_control/calls`, `POST /_control/reset`.
 */
export class MockServer {
  private readonly routes: Route[] = [];
  private fault: FaultMode = "none";
  private latencyMs = 0;
  private calls: CallCounts = {};
  private readonly resetHooks: (() => void)[] = [];

  constructor(readonly name: string) {}

  /** Adds a route; `:name` segments become `params.name`. */
  route(method: string, template: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(`^${template.replace(/:(\w+)/g, (_match, key: string) => (keys.push(key), "([^/]+)"))}$`);
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  /** Registers state to clear on `POST /_control/reset`. */
  onReset(hook: () => void): this {
    this.resetHooks.push(hook);
    return this;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const body = await readJson(request);
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      response.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };

    if (url.pathname.startsWith("/_control/")) return send(...this.control(request.method ?? "GET", url.pathname, body));
    if (url.pathname === "/health") return send(200, { status: "ok", service: this.name });

    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;

      const key = `${route.method} ${route.pattern.source}`;
      this.calls[key] = (this.calls[key] ?? 0) + 1;
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      switch (this.fault) {
        case "unavailable":
          return send(503, { error: "service unavailable (fault switched on through /_control/fault)" });
        case "timeout":
          return; // Never answers; the client's timeout ends the call.
        case "malformed":
          return send(200, "{ this is not json");
        case "none":
          break;
      }

      const params = Object.fromEntries(route.keys.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]));
      const result = await route.handler({ method: route.method, path: url.pathname, params, query: url.searchParams, body, headers: request.headers });
      return send(result.status, result.body);
    }
    send(404, { error: `no route ${request.method} ${url.pathname}` });
  }

  private control(method: string, path: string, body: unknown): [number, unknown] {
    if (method === "POST" && path === "/_control/fault") {
      const { mode = "none", latencyMs = 0 } = (body ?? {}) as { mode?: FaultMode; latencyMs?: number };
      if (!["none", "unavailable", "timeout", "malformed"].includes(mode)) return [400, { error: `unknown fault mode "${mode}"; use none, unavailable, timeout or malformed` }];
      if (typeof latencyMs !== "number" || latencyMs < 0 || latencyMs > 60_000) return [400, { error: "latencyMs must be a number from 0 to 60000" }];
      this.fault = mode;
      this.latencyMs = latencyMs;
      return [200, { mode, latencyMs }];
    }
    if (method === "GET" && path === "/_control/calls") return [200, this.calls];
    if (method === "POST" && path === "/_control/reset") {
      this.fault = "none";
      this.latencyMs = 0;
      this.calls = {};
      for (const hook of this.resetHooks) hook();
      return [200, { reset: true }];
    }
    return [404, { error: `no control route ${method} ${path}` }];
  }

  /** Starts listening on 127.0.0.1; port 0 picks a free one. */
  async listen(port: number): Promise<RunningMock> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: error instanceof Error ? error.message : "mock failure" }));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    const actualPort = (server.address() as AddressInfo).port;
    return {
      name: this.name,
      url: `http://127.0.0.1:${actualPort}`,
      port: actualPort,
      stop: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

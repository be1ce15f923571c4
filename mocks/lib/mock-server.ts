import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultTable, parseFaultRequest, type Fault } from "./faults.ts";

export type { FaultMode } from "./faults.ts";

/** A request as a mock route receives it. */
export interface MockRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage["headers"];
}

/** The response of a mock route: a status and a JSON body. */
export interface MockResponse {
  status: number;
  body: unknown;
}

/** A route's handler; it runs only when no fault ends the call first. */
export type Handler = (request: MockRequest) => MockResponse | Promise<MockResponse>;

/** Options of a mock route. */
export interface RouteOptions {
  /**
   * Returns the IINs a request concerns, so that a per-IIN fault set through
   * `POST /_control/fault {"iin"}` applies to it. Defaults to {@link iinFromPath}.
   */
  iins?: (request: MockRequest) => readonly string[];
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
  iins: (request: MockRequest) => readonly string[];
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

/** Returns the `:iin` path parameter as the request's only IIN, or none when the route has no such parameter. */
export function iinFromPath(request: MockRequest): string[] {
  return request.params.iin ? [request.params.iin] : [];
}

/**
 * A small HTTP server for a mocked state system. Routes under `/_control`
 * switch faults and read call counts at runtime, and are never faulted:
 * `POST /_control/fault {"mode", "latencyMs", "iin"}`, `GET /_control/fault`,
 * `GET /_control/calls`, `POST /_control/reset`. A mock adds its own control
 * routes with {@link MockServer.controlRoute}.
 */
export class MockServer {
  private readonly routes: Route[] = [];
  private readonly controlRoutes = new Map<string, Handler>();
  private readonly faults = new FaultTable();
  private calls: CallCounts = {};
  private readonly resetHooks: (() => void)[] = [];

  constructor(readonly name: string) {
    this.controlRoute("POST", "/_control/fault", ({ body }) => {
      const request = parseFaultRequest(body);
      if ("error" in request) return { status: 400, body: request };
      this.faults.set(request);
      return { status: 200, body: request };
    });
    this.controlRoute("GET", "/_control/fault", () => ({ status: 200, body: this.faults.snapshot() }));
    this.controlRoute("GET", "/_control/calls", () => ({ status: 200, body: this.calls }));
    this.controlRoute("POST", "/_control/reset", () => {
      this.faults.clear();
      this.calls = {};
      for (const hook of this.resetHooks) hook();
      return { status: 200, body: { reset: true } };
    });
  }

  /** Adds a route; `:name` segments become `params.name`. Faults, latency and call counting apply to it. */
  route(method: string, template: string, handler: Handler, options: RouteOptions = {}): this {
    const keys: string[] = [];
    const pattern = new RegExp(`^${template.replace(/:(\w+)/g, (_match, key: string) => (keys.push(key), "([^/]+)"))}$`);
    this.routes.push({ method, pattern, keys, handler, iins: options.iins ?? iinFromPath });
    return this;
  }

  /** Adds a control route at an exact path under `/_control/`; faults and call counting skip it. */
  controlRoute(method: string, path: string, handler: Handler): this {
    if (!path.startsWith("/_control/")) throw new Error(`control route ${path} must start with /_control/`);
    this.controlRoutes.set(`${method} ${path}`, handler);
    return this;
  }

  /** Registers state to clear on `POST /_control/reset`. */
  onReset(hook: () => void): this {
    this.resetHooks.push(hook);
    return this;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", "http://localhost");
    const body = await readJson(request);
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      response.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };
    // A body that is not JSON is refused for every route, so no route mistakes it for an empty body and its defaults.
    if (body === INVALID_JSON) return send(400, { error: "the request body is not valid JSON" });
    const base = { method, path: url.pathname, params: {}, query: url.searchParams, body, headers: request.headers };

    if (url.pathname.startsWith("/_control/")) {
      const control = this.controlRoutes.get(`${method} ${url.pathname}`);
      if (!control) return send(404, { error: `no control route ${method} ${url.pathname}` });
      const result = await control(base);
      return send(result.status, result.body);
    }
    if (url.pathname === "/health") return send(200, { status: "ok", service: this.name });

    for (const route of this.routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;

      const key = `${route.method} ${route.pattern.source}`;
      this.calls[key] = (this.calls[key] ?? 0) + 1;

      const params = Object.fromEntries(route.keys.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]));
      const mockRequest: MockRequest = { ...base, params };
      const fault = this.faults.faultFor(route.iins(mockRequest));
      if (fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (applyFault(fault, request, send)) return;

      const result = await route.handler(mockRequest);
      return send(result.status, result.body);
    }
    send(404, { error: `no route ${method} ${url.pathname}` });
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

/** Ends the call according to the fault mode. Returns false when the mode is "none", so the route handler runs. */
function applyFault(fault: Fault, request: IncomingMessage, send: (status: number, payload: unknown) => void): boolean {
  switch (fault.mode) {
    case "unavailable":
      send(503, { error: "service unavailable (fault switched on through /_control/fault)" });
      return true;
    case "timeout":
      return true; // Sends no response, so the client's timeout ends the call.
    case "malformed":
      send(200, "{ this is not json");
      return true;
    case "down":
      // Sends a TCP reset (RST) in place of a response, so the client gets ECONNRESET.
      request.socket.resetAndDestroy();
      return true;
    case "none":
      return false;
  }
}

/** Marks a request body that could not be parsed as JSON. */
const INVALID_JSON = Symbol("invalid JSON");

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return INVALID_JSON;
  }
}

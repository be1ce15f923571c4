import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "pino";
import { ErrorCode } from "../errors/codes.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { formatMessage, languageFromAcceptLanguage } from "../i18n/language.ts";
import { ACTOR_ROLES, actorFromHeaders } from "./actor.ts";
import { requestIdFrom, runInRequest, type RequestScope } from "./request-context.ts";

/** Largest request body accepted, in bytes. */
const MAX_BODY_BYTES = 1_000_000;

/** A server that is listening, with the means to stop it. */
export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:4000`. */
  url: string;
  port: number;
  /** Closes the listener and open connections, then runs the server's own cleanup. */
  stop(): Promise<void>;
}

/** Options of {@link startGraphQLHttpServer}. */
export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  /** Service name reported by `/health` and in logs. */
  name: string;
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context; runs inside the request scope. */
  buildContext: (request: IncomingMessage, scope: RequestScope) => Promise<TContext>;
  logger: Logger;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Cleanup after the listener closes, such as closing a database. */
  onStop?: () => Promise<void>;
  /** Extra JSON routes for POST requests by path, such as a webhook; each runs inside the request scope. */
  postRoutes?: Record<string, JsonRoute>;
  /** Pages served for GET requests under a path prefix, such as `/receipts/`. */
  pageRoutes?: Record<string, PageRoute>;
}

/** A GET route under a path prefix; it receives the rest of the path and returns a page. */
export type PageRoute = (rest: string, scope: RequestScope) => Promise<{ status: number; contentType: string; body: string }>;

/** A POST route that takes a parsed JSON body and returns a status and a JSON body. */
export type JsonRoute = (body: unknown, scope: RequestScope) => Promise<{ status: number; body: unknown }>;

/** Thrown by readBody for a body over {@link MAX_BODY_BYTES}. */
class BodyTooLargeError extends RangeError {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering; the handler responds 413 and closes the connection.
        request.removeAllListeners("data");
        request.pause();
        reject(new BodyTooLargeError(`request body is larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Sends an error in the GraphQL response shape, so clients parse every failure the same way. */
function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/**
 * Serves an Apollo Server over node:http at `/graphql`, with `/health` for
 * liveness checks. Each request runs in its own request scope (request id and
 * language), which errors and logs read.
 */
export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningServer> {
  const { apollo, logger, name } = options;
  await apollo.start();

  const server = createServer((request, response) => {
    const language = languageFromAcceptLanguage(request.headers["accept-language"]);
    const requestId = requestIdFrom(request.headers["x-request-id"]);
    response.setHeader("x-request-id", requestId);

    const actor = actorFromHeaders(headerValue(request.headers["x-actor-role"]), headerValue(request.headers["x-actor-id"]), headerValue(request.headers["x-actor-org"]));
    if (typeof actor === "string") {
      const message = formatMessage(commonMessages.invalidActorHeaders[language], { roles: ACTOR_ROLES.join(", ") });
      return sendError(response, 400, ErrorCode.BAD_REQUEST, message);
    }

    const scope: RequestScope = { requestId, language, actor };
    runInRequest(scope, () => {
      handle(request, response, scope).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          const message = formatMessage(commonMessages.bodyTooLarge[language], { limit: MAX_BODY_BYTES });
          response.setHeader("connection", "close");
          sendError(response, 413, ErrorCode.BAD_REQUEST, message);
          response.on("finish", () => request.destroy());
          return;
        }
        logger.error({ err: error }, "request handling failed");
        if (!response.headersSent) sendError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, formatMessage(commonMessages.internalError[language], { requestId }));
      });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse, scope: RequestScope): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/health") return sendJson(response, 200, { status: "ok", service: name });
    const prefix = request.method === "GET" && path ? Object.keys(options.pageRoutes ?? {}).find((candidate) => path.startsWith(candidate)) : undefined;
    if (prefix && path) {
      const page = await (options.pageRoutes as Record<string, PageRoute>)[prefix]!(decodeURIComponent(path.slice(prefix.length)), scope);
      response.writeHead(page.status, { "content-type": page.contentType });
      response.end(page.body);
      return;
    }
    const route = request.method === "POST" && path ? options.postRoutes?.[path] : undefined;
    if (route) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readBody(request));
      } catch {
        return sendError(response, 400, ErrorCode.BAD_REQUEST, formatMessage(commonMessages.invalidJsonBody[scope.language]));
      }
      const result = await route(parsed, scope);
      return sendJson(response, result.status, result.body);
    }
    if (path !== "/graphql" && path !== "/") {
      return sendError(response, 404, ErrorCode.NOT_FOUND, formatMessage(commonMessages.unknownRoute[scope.language], { path: path ?? "/" }));
    }

    let body: unknown = undefined;
    if (request.method === "POST") {
      const raw = await readBody(request);
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        return sendError(response, 400, ErrorCode.BAD_REQUEST, formatMessage(commonMessages.invalidJsonBody[scope.language]));
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: new URL(request.url ?? "/", "http://localhost").search, body },
      context: () => options.buildContext(request, scope),
    });

    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  logger.info({ url }, `${name} listening`);

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await apollo.stop();
    await options.onStop?.();
    logger.info(`${name} stopped`);
  };
  // Stopping twice (Ctrl-C during shutdown, a test that stops one service early) does the work once.
  return { url, port, stop: () => (stopped ??= stop()) };
}

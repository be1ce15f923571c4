import { Writable } from "node:stream";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../lib/errors/codes.ts";
import { ServiceError } from "../../lib/errors/service-error.ts";
import { createErrorFormatter } from "../../lib/graphql/format-error.ts";
import { runInRequest } from "../../lib/http/request-context.ts";
import { createLogger } from "../../lib/logging/logger.ts";

const logger = createLogger("test", new Writable({ write: (_chunk, _encoding, done) => done() }));
const format = createErrorFormatter(logger);
const inRussian = <T>(work: () => T) => runInRequest({ requestId: "req-1", language: "ru", actor: null }, work);

describe("error formatter", () => {
  it("hides the message of an unexpected error", () => {
    const leaked = new Error('duplicate key value violates unique constraint "Application_idempotencyKey_key"');
    const formatted = inRussian(() => format({ message: leaked.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, leaked));
    expect(formatted.message).not.toContain("duplicate key");
    expect(formatted.message).toContain("req-1");
    expect(formatted.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: "req-1" });
  });

  it("renders a service error in the caller's language", () => {
    const error = new ServiceError(ErrorCode.NOT_FOUND, { kk: "табылмады", ru: "не найдено", en: "not found" }, { field: "id" });
    const formatted = inRussian(() => format({ message: error.message }, new GraphQLError(error.message, { originalError: error, path: ["consent"] })));
    expect(formatted.message).toBe("не найдено");
    expect(formatted.extensions).toEqual({ code: "NOT_FOUND", field: "id" });
  });

  it("passes a subgraph's error on without the subgraph's name", () => {
    const formatted = inRussian(() => format({ message: "не найдено", extensions: { code: "NOT_FOUND", serviceName: "schools" } }, new Error("x")));
    expect(formatted).toEqual({ message: "не найдено", extensions: { code: "NOT_FOUND" } });
  });
});

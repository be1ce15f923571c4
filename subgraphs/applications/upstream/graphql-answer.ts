import { z } from "zod";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { fillLocalized, type LocalizedText } from "../../../lib/i18n/language.ts";

/** The body of a GraphQL response from another subgraph, with `data` of the given shape. */
export const graphQLAnswer = <T extends z.ZodType>(data: T) =>
  z.object({
    data: data.nullable().optional(),
    errors: z
      .array(z.object({ message: z.string(), path: z.array(z.union([z.string(), z.number()])).optional(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() }))
      .optional(),
  });

type Answer = { errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] | undefined };

/**
 * Returns the root fields that another subgraph reported as NOT_FOUND. Any
 * other error means that subgraph failed, so it throws a typed upstream error.
 */
export function notFoundFields(answer: Answer, systemName: LocalizedText): Set<string> {
  const missing = new Set<string>();
  for (const error of answer.errors ?? []) {
    if (error.extensions?.code === ErrorCode.NOT_FOUND && typeof error.path?.[0] === "string") {
      missing.add(error.path[0]);
      continue;
    }
    const upstreamCode = error.extensions?.code;
    const code = upstreamCode === ErrorCode.UPSTREAM_TIMEOUT || upstreamCode === ErrorCode.UPSTREAM_UNAVAILABLE ? upstreamCode : ErrorCode.UPSTREAM_BAD_RESPONSE;
    let text = commonMessages.upstreamBadResponse;
    if (code === ErrorCode.UPSTREAM_TIMEOUT) text = commonMessages.upstreamTimeout;
    if (code === ErrorCode.UPSTREAM_UNAVAILABLE) text = commonMessages.upstreamUnavailable;
    throw new ServiceError(code, fillLocalized(text, "system", systemName), { cause: new Error(error.message), details: { upstream: systemName.en } });
  }
  return missing;
}

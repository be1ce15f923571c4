import { z } from "zod";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { fillLocalized } from "../../../lib/i18n/language.ts";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";

/** Facts of a school that intake checks. */
export interface SchoolFacts {
  bin: string;
  levels: string[];
  foundedYear: number;
}

/** Looks up schools and State Corporation offices in the schools subgraph. */
export interface SchoolsDirectory {
  /** Returns the school, or null when there is none with this BIN. */
  findSchool(bin: string): Promise<SchoolFacts | null>;
  /** True when a State Corporation office with this id exists. */
  officeExists(id: string): Promise<boolean>;
}

const SYSTEM_NAME = { kk: "Мектептер анықтамалығы", ru: "справочник школ", en: "schools directory" };

const graphQLAnswer = <T extends z.ZodType>(data: T) =>
  z.object({
    data: data.nullable().optional(),
    errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() })).optional(),
  });

const schoolAnswer = graphQLAnswer(z.object({ school: z.object({ bin: z.string(), levels: z.array(z.string()), foundedYear: z.number() }).nullable() }));
const officeAnswer = graphQLAnswer(z.object({ serviceCenter: z.object({ id: z.string() }).nullable() }));

type Answer = { errors?: { message: string; extensions?: { code?: string } }[] | undefined };

/** Returns true for NOT_FOUND errors (no such record) and throws for any other error. */
function isNotFound(answer: Answer): boolean {
  if (!answer.errors?.length) return false;
  if (answer.errors.every((error) => error.extensions?.code === ErrorCode.NOT_FOUND)) return true;
  throw new ServiceError(ErrorCode.UPSTREAM_BAD_RESPONSE, fillLocalized(commonMessages.upstreamBadResponse, "system", SYSTEM_NAME), {
    cause: new Error(answer.errors.map((error) => error.message).join("; ")),
  });
}

/** Creates the directory client on the schools subgraph's GraphQL endpoint. */
export function createSchoolsDirectory(options: { graphqlUrl: string; timeoutMs: number }): SchoolsDirectory {
  const url = new URL(options.graphqlUrl);
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: url.origin, timeoutMs: options.timeoutMs, readRetries: 1 });
  const path = url.pathname;

  return {
    async findSchool(bin) {
      const query = "query SchoolForIntake($bin: ID!) { school(bin: $bin) { bin levels foundedYear } }";
      const answer = await http.postJson(path, { query, variables: { bin } }, schoolAnswer, { idempotent: true });
      return isNotFound(answer) ? null : (answer.data?.school ?? null);
    },
    async officeExists(id) {
      const query = "query OfficeForIntake($id: ID!) { serviceCenter(id: $id) { id } }";
      const answer = await http.postJson(path, { query, variables: { id } }, officeAnswer, { idempotent: true });
      return isNotFound(answer) ? false : Boolean(answer.data?.serviceCenter);
    },
  };
}

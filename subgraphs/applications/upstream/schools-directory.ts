import { z } from "zod";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";
import { graphQLAnswer, notFoundFields } from "./graphql-answer.ts";

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

const schoolAnswer = graphQLAnswer(z.object({ school: z.object({ bin: z.string(), levels: z.array(z.string()), foundedYear: z.number() }).nullable() }));
const officeAnswer = graphQLAnswer(z.object({ serviceCenter: z.object({ id: z.string() }).nullable() }));

/** Creates the directory client on the schools subgraph's GraphQL endpoint. */
export function createSchoolsDirectory(options: { graphqlUrl: string; timeoutMs: number }): SchoolsDirectory {
  const url = new URL(options.graphqlUrl);
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: url.origin, timeoutMs: options.timeoutMs, readRetries: 1, forwardCaller: true });
  const path = url.pathname;

  return {
    async findSchool(bin) {
      const query = "query SchoolForIntake($bin: ID!) { school(bin: $bin) { bin levels foundedYear } }";
      const answer = await http.postJson(path, { query, variables: { bin } }, schoolAnswer, { idempotent: true });
      return notFoundFields(answer, SYSTEM_NAME).has("school") ? null : (answer.data?.school ?? null);
    },
    async officeExists(id) {
      const query = "query OfficeForIntake($id: ID!) { serviceCenter(id: $id) { id } }";
      const answer = await http.postJson(path, { query, variables: { id } }, officeAnswer, { idempotent: true });
      return notFoundFields(answer, SYSTEM_NAME).has("serviceCenter") ? false : Boolean(answer.data?.serviceCenter);
    },
  };
}

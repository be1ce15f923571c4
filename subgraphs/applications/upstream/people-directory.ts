import { z } from "zod";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";
import { graphQLAnswer, notFoundFields } from "./graphql-answer.ts";

/** Facts of a person that intake checks. */
export interface PersonFacts {
  iin: string;
  birthDate: string;
  deceasedOn: string | null;
  /** IINs of the parents or legal representatives on record. */
  representativeIins: string[];
}

/** An identity document on record. */
export interface DocumentOnRecord {
  kind: string;
  number: string;
  expiresOn: string | null;
}

/** Looks up people in the identity subgraph, which records each lookup in the person's access log. */
export interface PeopleDirectory {
  /** Returns both persons; null for one not on record. */
  findApplicantAndFiler(applicantIin: string, filerIin: string): Promise<{ applicant: PersonFacts | null; filer: PersonFacts | null }>;
  /** Returns a person's identity documents on record, or null when the person is not on record. */
  findIdentityDocuments(iin: string): Promise<DocumentOnRecord[] | null>;
}

const SYSTEM_NAME = { kk: "Жеке тұлғалар қызметі", ru: "сервис физических лиц", en: "identity service" };

const person = z.object({ iin: z.string(), birthDate: z.string(), deceasedOn: z.string().nullable(), representatives: z.array(z.object({ iin: z.string() })) }).nullable();
const answerSchema = graphQLAnswer(z.object({ applicant: person, filer: person }));

const QUERY = `query PeopleForIntake($applicant: ID!, $filer: ID!) {
  applicant: person(iin: $applicant) { iin birthDate deceasedOn representatives { iin } }
  filer: person(iin: $filer) { iin birthDate deceasedOn representatives { iin } }
}`;

/** Creates the people directory on the identity subgraph's GraphQL endpoint, passing the caller on. */
export function createPeopleDirectory(options: { graphqlUrl: string; timeoutMs: number }): PeopleDirectory {
  const url = new URL(options.graphqlUrl);
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: url.origin, timeoutMs: options.timeoutMs, readRetries: 1, forwardCaller: true });

  const toFacts = (entry: z.infer<typeof person>): PersonFacts | null =>
    entry ? { iin: entry.iin, birthDate: entry.birthDate, deceasedOn: entry.deceasedOn, representativeIins: entry.representatives.map((rep) => rep.iin) } : null;

  const documentsAnswer = graphQLAnswer(z.object({ person: z.object({ identityDocuments: z.array(z.object({ kind: z.string(), number: z.string(), expiresOn: z.string().nullable() })) }).nullable() }));

  return {
    async findIdentityDocuments(iin) {
      const query = "query DocumentsForHandOver($iin: ID!) { person(iin: $iin) { identityDocuments { kind number expiresOn } } }";
      const answer = await http.postJson(url.pathname, { query, variables: { iin } }, documentsAnswer, { idempotent: true });
      return notFoundFields(answer, SYSTEM_NAME).has("person") ? null : (answer.data?.person?.identityDocuments ?? null);
    },

    async findApplicantAndFiler(applicantIin, filerIin) {
      const answer = await http.postJson(url.pathname, { query: QUERY, variables: { applicant: applicantIin, filer: filerIin } }, answerSchema, { idempotent: true });
      const missing = notFoundFields(answer, SYSTEM_NAME);
      return {
        applicant: missing.has("applicant") ? null : toFacts(answer.data?.applicant ?? null),
        filer: missing.has("filer") ? null : toFacts(answer.data?.filer ?? null),
      };
    },
  };
}

import { z } from "zod";
import { isIsoDate } from "../calendar/local-date.ts";
import { createUpstreamClient, type UpstreamClient } from "../upstream/http-client.ts";

const isoDate = z.string().refine(isIsoDate, "expected YYYY-MM-DD");

/** A person record as the state database of individuals returns it through the gateway. */
export const personRecordSchema = z.object({
  iin: z.string(),
  lastName: z.string().min(1),
  firstName: z.string().min(1),
  middleName: z.string().nullable(),
  birthDate: isoDate,
  sex: z.enum(["MALE", "FEMALE"]),
  deceasedOn: isoDate.nullable(),
  previousLastNames: z.array(z.string()),
  documents: z.array(
    z.object({
      kind: z.enum(["IDENTITY_CARD", "PASSPORT", "BIRTH_CERTIFICATE"]),
      number: z.string().min(1),
      issuedOn: isoDate,
      expiresOn: isoDate.nullable(),
      issuer: z.string(),
    }),
  ),
  representatives: z.array(z.object({ iin: z.string(), relation: z.enum(["MOTHER", "FATHER", "GUARDIAN"]) })),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

const batchAnswerSchema = z.object({ persons: z.array(personRecordSchema), notFound: z.array(z.string()) });
const phoneAnswerSchema = z.object({ iin: z.string(), phone: z.string().nullable() });
const verifyAnswerSchema = z.object({ valid: z.boolean(), reason: z.string().optional() });

/** Most IINs the gateway takes in one batch call. */
export const EGOV_MAX_BATCH_SIZE = 100;

/** Options of {@link createEgovGatewayClient}. */
export interface EgovGatewayClientOptions {
  baseUrl: string;
  /** Time allowed for one call, in milliseconds. */
  timeoutMs: number;
}

/** Calls to the e-government gateway (ШЭП) that the product makes. */
export interface EgovGatewayClient {
  /** Reads up to 100 persons in one call; IINs absent from the map are not on record. */
  fetchPersons(iins: readonly string[]): Promise<Map<string, PersonRecord>>;
  /**
   * Reads the phone registered for one-time passwords (mobile citizens'
   * database): a phone, null when none is registered, or undefined when the
   * person is not on record.
   */
  fetchRegisteredPhone(iin: string): Promise<string | null | undefined>;
  /** Verifies an electronic digital signature (ЭЦП) of a text by a signer; `reason` names why an invalid one failed. */
  verifySignature(signerIin: string, document: string, signature: string): Promise<{ valid: boolean; reason?: string }>;
}

const SYSTEM_NAME = { kk: "«Электрондық үкімет» шлюзі", ru: "шлюз «электронного правительства»", en: "e-government gateway" };

/** Creates the e-government gateway client on the shared upstream client. */
export function createEgovGatewayClient(options: EgovGatewayClientOptions): EgovGatewayClient {
  const http: UpstreamClient = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, readRetries: 1 });

  return {
    async fetchPersons(iins) {
      if (iins.length > EGOV_MAX_BATCH_SIZE) throw new RangeError(`at most ${EGOV_MAX_BATCH_SIZE} IINs per call, received ${iins.length}`);
      if (iins.length === 0) return new Map();

      const answer = await http.postJson("/gbdfl/persons/batch", { iins }, batchAnswerSchema, { idempotent: true });
      return new Map(answer.persons.map((person) => [person.iin, person]));
    },

    async verifySignature(signerIin, document, signature) {
      const answer = await http.postJson("/eds/verify", { signerIin, document, signature }, verifyAnswerSchema, { idempotent: true });
      return answer.reason === undefined ? { valid: answer.valid } : { valid: answer.valid, reason: answer.reason };
    },

    async fetchRegisteredPhone(iin) {
      const answer = await http.getJson(`/bmg/phones/${encodeURIComponent(iin)}`, phoneAnswerSchema);
      return answer === null ? undefined : answer.phone;
    },
  };
}

import DataLoader from "dataloader";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { EGOV_MAX_BATCH_SIZE, type EgovGatewayClient, type PersonRecord } from "../../../lib/state-systems/egov-gateway-client.ts";
import { identityMessages } from "../domain/messages.ts";
import { recordPersonLookups } from "./access-log.ts";
import type { IdentityPrisma } from "./database.ts";

/** Services and data a person loader reads from and records to. */
export interface PersonLoaderDependencies {
  egov: EgovGatewayClient;
  prisma: IdentityPrisma;
  clock: Clock;
  /** The caller of this request, recorded in the access log. */
  actor: Actor | null;
}

/**
 * Creates a loader that reads every IIN asked for during one GraphQL request
 * in one batch call to the e-government gateway (more than 100 IINs become
 * several calls). Create one per request, so no caller sees another's data.
 * A person not on record fails only that key, with NOT_FOUND. Every person
 * read is recorded in the access log before it is returned.
 */
export function createPersonLoader(deps: PersonLoaderDependencies): DataLoader<string, PersonRecord> {
  return new DataLoader<string, PersonRecord>(
    async (iins) => {
      const found = await deps.egov.fetchPersons(iins);
      await recordPersonLookups(deps.prisma, deps.clock, deps.actor, [...found.keys()]);
      return iins.map(
        (iin) => found.get(iin) ?? new ServiceError(ErrorCode.NOT_FOUND, identityMessages.personNotFound, { values: { iin }, details: { iin } }),
      );
    },
    { maxBatchSize: EGOV_MAX_BATCH_SIZE },
  );
}

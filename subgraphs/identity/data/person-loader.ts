import DataLoader from "dataloader";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { EGOV_MAX_BATCH_SIZE, type EgovGatewayClient, type PersonRecord } from "../../../lib/state-systems/egov-gateway-client.ts";
import { identityMessages } from "../domain/messages.ts";

/**
 * Creates a loader that reads every IIN asked for during one GraphQL request
 * in one batch call to the e-government gateway (more than 100 IINs become
 * several calls). Create one per request, so no caller sees another's data.
 * A person not on record fails only that key, with NOT_FOUND.
 */
export function createPersonLoader(egov: EgovGatewayClient): DataLoader<string, PersonRecord> {
  return new DataLoader<string, PersonRecord>(
    async (iins) => {
      const found = await egov.fetchPersons(iins);
      return iins.map(
        (iin) => found.get(iin) ?? new ServiceError(ErrorCode.NOT_FOUND, identityMessages.personNotFound, { values: { iin }, details: { iin } }),
      );
    },
    { maxBatchSize: EGOV_MAX_BATCH_SIZE },
  );
}

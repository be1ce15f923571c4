import { ErrorCode } from "../errors/codes.ts";
import { ServiceError } from "../errors/service-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { findIdentifierProblem } from "./check-digit.ts";

/**
 * Checks an IIN that arrived in an argument and returns it, or throws a
 * BAD_USER_INPUT error naming the argument.
 */
export function requireValidIin(value: string, field: string): string {
  const problem = findIdentifierProblem(value);
  if (problem === null) return value;

  let text = commonMessages.invalidIinCheckDigit;
  if (problem === "FORMAT") text = commonMessages.invalidIinFormat;
  if (problem === "NEVER_ISSUED") text = commonMessages.invalidIinNeverIssued;
  throw new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field, values: { field, value } });
}

/**
 * Checks a BIN that arrived in an argument and returns it, or throws a
 * BAD_USER_INPUT error naming the argument.
 */
export function requireValidBin(value: string, field: string): string {
  const problem = findIdentifierProblem(value);
  if (problem === null) return value;

  const text = problem === "FORMAT" ? commonMessages.invalidBinFormat : commonMessages.invalidBinCheckDigit;
  throw new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field, values: { field, value } });
}

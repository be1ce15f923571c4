/**
 * IIN (individual identification number) and BIN (business identification
 * number) validation. Both are 12 digits whose 12th digit is a check digit:
 * digits 1–11 weighted 1..11, sum mod 11; a result of 10 is recomputed with
 * weights 3..11,1,2; a second 10 means the number is never issued.
 *
 * Birth date and sex are deliberately not derived from an IIN: since 2013 the
 * digits need not match the record, so they come from the state database.
 */

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const TWELVE_DIGITS = /^\d{12}$/;

/** The reason a 12-digit identifier was rejected. */
export type IdentifierProblem = "FORMAT" | "CHECK_DIGIT" | "NEVER_ISSUED";

function weightedRemainder(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/**
 * Computes the check digit for the first 11 digits, or null when both
 * weightings give 10 and no number with these digits is ever issued.
 */
export function computeCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new TypeError(`expected 11 digits, received "${first11}"`);
  const digits = [...first11].map(Number);

  const first = weightedRemainder(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;

  const second = weightedRemainder(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Returns what is wrong with a candidate IIN or BIN, or null when it is valid. */
export function findIdentifierProblem(value: string): IdentifierProblem | null {
  if (!TWELVE_DIGITS.test(value)) return "FORMAT";

  const expected = computeCheckDigit(value.slice(0, 11));
  if (expected === null) return "NEVER_ISSUED";
  return Number(value[11]) === expected ? null : "CHECK_DIGIT";
}

/** True when the value is a 12-digit IIN or BIN with a correct check digit. */
export function isValidIdentifier(value: string): boolean {
  return findIdentifierProblem(value) === null;
}

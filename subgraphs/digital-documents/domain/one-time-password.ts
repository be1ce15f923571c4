import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/** Number of digits in a one-time password. */
export const CODE_LENGTH = 6;

/** Draws a uniformly random 6-digit code from the system's secure random source. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

/** HMAC-SHA256 of a code bound to its consent, hex; a leaked table cannot be reversed without the key. */
export function hashCode(secret: string, consentId: string, code: string): string {
  return createHmac("sha256", secret).update(`${consentId}:${code}`).digest("hex");
}

/** HMAC-SHA256 of a phone number (digits only), hex, to find consents by the phone an SMS reply came from. */
export function hashPhone(secret: string, phone: string): string {
  return createHmac("sha256", secret).update(`phone:${phone.replace(/\D/g, "")}`).digest("hex");
}

/** Compares a submitted code with the stored hash in constant time. */
export function codeMatches(secret: string, consentId: string, code: string, storedHash: string): boolean {
  const submitted = Buffer.from(hashCode(secret, consentId, code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return submitted.length === stored.length && timingSafeEqual(submitted, stored);
}

/** Masks a phone for display, keeping the last 4 digits: +7 *** *** 45 67. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `+7 *** *** ${digits.slice(-4, -2)} ${digits.slice(-2)}`;
}

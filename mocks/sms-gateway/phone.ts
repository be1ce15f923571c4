/** Phone numbers the SMS gateway accepts: Kazakhstan's +7 and ten digits. */
export const PHONE = /^\+7\d{10}$/;

/** Short number that sends e-government messages and receives the replies to them. */
export const SHORT_NUMBER = "1414";

/** Maximum characters of one message or reply. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Checks the phone number and the text of a message body. Returns them, or an
 * error message naming the invalid field; `phoneField` is that field's name in the body.
 */
export function parseMessage(phoneField: string, phone: unknown, text: unknown): { phone: string; text: string } | { error: string } {
  if (typeof phone !== "string" || !PHONE.test(phone)) return { error: `"${phoneField}" must be a phone number like +77011234567` };
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_TEXT_LENGTH) return { error: `"text" must be 1 to ${MAX_TEXT_LENGTH} characters` };
  return { phone, text };
}

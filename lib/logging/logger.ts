import { pino, type DestinationStream, type Logger } from "pino";
import { currentRequest } from "../http/request-context.ts";

/**
 * Masks an IIN or phone number for logs, keeping the last 4 digits so that an
 * operator can still tell two records apart.
 */
export function maskDigits(value: string | null | undefined): string {
  if (!value) return "";
  return value.length <= 4 ? "****" : `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
}

/**
 * Replaces 12-digit numbers (IIN, BIN) and Kazakhstan phone numbers inside
 * free text, such as an upstream URL in an error message, by masked forms.
 */
export function maskPersonalData(text: string): string {
  return text.replace(/\+?7\d{10}\b/g, (phone) => maskDigits(phone)).replace(/\b\d{12}\b/g, (iin) => maskDigits(iin));
}

/**
 * Serializes an error for the log as its type, code, masked message and
 * masked stack, and the same for its causes. Other properties are left out,
 * because an HTTP client's error carries the request options, body included.
 */
function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === "string" ? maskPersonalData(error) : String(error);
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === "string" ? { errorCode: code } : {}),
    message: maskPersonalData(error.message),
    stack: error.stack ? maskPersonalData(error.stack) : undefined,
    ...(error.cause !== undefined && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

const REDACTED_KEYS = ["iin", "ownerIin", "applicantIin", "filerIin", "phone", "otp", "lastName", "firstName", "middleName", "body"];

/**
 * Creates the structured JSON logger of one component. Every line carries
 * the request id of the request being served. Fields named like personal data
 * up to two levels deep are replaced by "[redacted]", and IINs and phones in
 * error messages are masked. `destination` defaults to stdout.
 * Level from LOG_LEVEL (default "info"; "silent" in tests).
 */
export function createLogger(component: string, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  // The default writes to stdout synchronously, so the last lines before process.exit are not lost.
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { component },
      mixin: () => ({ requestId: currentRequest().requestId }),
      serializers: { err: (error: unknown) => serializeError(error) },
      redact: {
        paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

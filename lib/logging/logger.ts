import { pino, type Logger } from "pino";
import { currentRequest } from "../http/request-context.ts";

/**
 * Masks an IIN or phone number for logs, keeping the last 4 digits so that an
 * operator can still tell two records apart.
 */
export function maskDigits(value: string | null | undefined): string {
  if (!value) return "";
  return value.length <= 4 ? "****" : `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
}

const REDACTED_KEYS = ["iin", "ownerIin", "applicantIin", "filerIin", "phone", "code", "lastName", "firstName", "middleName"];

/**
 * Creates the structured JSON logger of one component. Every line carries
 * the request id of the request being served; fields named like personal data
 * anywhere up to two levels deep are replaced by "[redacted]".
 * Level from LOG_LEVEL (default "info"; "silent" in tests).
 */
export function createLogger(component: string): Logger {
  // Synchronous writes, so the last lines before process.exit (a stop, a failed start) are not lost.
  const destination = pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { component },
      mixin: () => ({ requestId: currentRequest().requestId }),
      redact: {
        paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

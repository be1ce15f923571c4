import { z } from "zod";
import { millisecondsVariable, portVariable, readEnv, urlVariable } from "../../lib/config/env.ts";

/** Key used outside production when OTP_HASH_SECRET is unset; never valid in production. */
const DEVELOPMENT_SECRET = "development-only-otp-secret-change-me";

/** Settings of the digital documents subgraph, read once from the environment. */
export const digitalDocumentsConfigSchema = z
  .object({
    NODE_ENV: z.string().default("development"),
    /** TCP port of the subgraph (DIGITAL_DOCUMENTS_PORT, default 4003). */
    DIGITAL_DOCUMENTS_PORT: portVariable(4003),
    /** Base URL of the e-government gateway, for the registered phone (EGOV_GATEWAY_URL). */
    EGOV_GATEWAY_URL: urlVariable("http://127.0.0.1:4101"),
    /** Base URL of the SMS gateway (SMS_GATEWAY_URL). */
    SMS_GATEWAY_URL: urlVariable("http://127.0.0.1:4102"),
    /** Base URL of the digital documents service (DIGITAL_DOCUMENTS_SERVICE_URL). */
    DIGITAL_DOCUMENTS_SERVICE_URL: urlVariable("http://127.0.0.1:4103"),
    /** Time allowed for one call to a state system, in milliseconds (UPSTREAM_TIMEOUT_MS, default 5000). */
    UPSTREAM_TIMEOUT_MS: millisecondsVariable(5000),
    /** Key of the HMAC under which one-time passwords are stored (OTP_HASH_SECRET, at least 32 characters; required in production). */
    OTP_HASH_SECRET: z.string().min(32).optional(),
    /** Life of a one-time password in seconds (OTP_TTL_SECONDS, default 300). */
    OTP_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    /** Wrong one-time passwords allowed before the consent locks (OTP_MAX_ATTEMPTS, default 3). */
    OTP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    /** How long a granted consent lets the document be read, in seconds (CONSENT_TTL_SECONDS, default 86400). */
    CONSENT_TTL_SECONDS: z.coerce.number().int().min(60).default(86_400),
    /** Shortest wait between two codes of one consent, in seconds (OTP_RESEND_INTERVAL_SECONDS, default 60). */
    OTP_RESEND_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    /** Most codes sent to one owner in any hour (OTP_MAX_CODES_PER_HOUR, default 5). */
    OTP_MAX_CODES_PER_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  })
  .transform((config, context) => {
    if (!config.OTP_HASH_SECRET && config.NODE_ENV === "production") {
      context.addIssue({ code: "custom", path: ["OTP_HASH_SECRET"], message: "must be set in production (at least 32 characters)" });
    }
    return { ...config, OTP_HASH_SECRET: config.OTP_HASH_SECRET ?? DEVELOPMENT_SECRET };
  });
export type DigitalDocumentsConfig = z.infer<typeof digitalDocumentsConfigSchema>;

export const readDigitalDocumentsConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(digitalDocumentsConfigSchema, env);

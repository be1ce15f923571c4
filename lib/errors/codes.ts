/**
 * Every `extensions.code` the product returns. Clients switch on these, so a
 * code never changes meaning once published.
 */
export const ErrorCode = {
  /** An argument is malformed or names something that does not exist. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The action needs to know the caller, and no caller was given. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** The caller may not do this or see this. */
  FORBIDDEN: "FORBIDDEN",
  /** The request itself is malformed: its body or headers. */
  BAD_REQUEST: "BAD_REQUEST",
  /** Too many requests of one kind; the message names when to try again. */
  RATE_LIMITED: "RATE_LIMITED",
  /** The requested record does not exist. */
  NOT_FOUND: "NOT_FOUND",
  /** A state system did not respond within its timeout. */
  UPSTREAM_TIMEOUT: "UPSTREAM_TIMEOUT",
  /** A state system rejected the connection or responded with a server error. */
  UPSTREAM_UNAVAILABLE: "UPSTREAM_UNAVAILABLE",
  /** A state system responded with a body the product cannot use. */
  UPSTREAM_BAD_RESPONSE: "UPSTREAM_BAD_RESPONSE",
  /** The owner of a digital document has no phone registered for one-time passwords. */
  NO_REGISTERED_PHONE: "NO_REGISTERED_PHONE",
  /** A one-time password does not match. */
  CONSENT_CODE_INVALID: "CONSENT_CODE_INVALID",
  /** A consent is past its life and can no longer be confirmed or used. */
  CONSENT_EXPIRED: "CONSENT_EXPIRED",
  /** A consent was locked after too many wrong one-time passwords. */
  CONSENT_LOCKED: "CONSENT_LOCKED",
  /** A consent was already confirmed, so its one-time password cannot be used again. */
  CONSENT_ALREADY_USED: "CONSENT_ALREADY_USED",
  /** A digital document was asked for under a consent that is not granted. */
  CONSENT_NOT_GRANTED: "CONSENT_NOT_GRANTED",
  /** A change that the record's current state does not allow. */
  INVALID_TRANSITION: "INVALID_TRANSITION",
  /** Someone else changed the record since the caller read it; read it again. */
  CONFLICT: "CONFLICT",
  /** An unexpected fault inside the product; details are only in the log. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

import { GraphQLError } from "graphql";
import type { ErrorCode } from "./codes.ts";
import { formatMessage, type Language, type LocalizedText } from "../i18n/language.ts";

/** Options of a {@link ServiceError} beyond its code and message. */
export interface ServiceErrorOptions {
  /** Path of the argument at fault, such as `input.schoolBin`. */
  field?: string;
  /** Values for `{name}` placeholders in the message. */
  values?: Record<string, string | number>;
  /** Extra machine-readable facts for `extensions`. No personal data. */
  details?: Record<string, unknown>;
  /** The fault that caused this one; logged, never sent to the client. */
  cause?: unknown;
}

/**
 * A failure the client can act on, with a stable code and a message in every
 * language. The subgraph server renders it in the caller's language.
 */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  readonly field: string | undefined;
  readonly values: Record<string, string | number>;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, text: LocalizedText, options: ServiceErrorOptions = {}) {
    super(formatMessage(text.en, options.values), { cause: options.cause });
    this.name = "ServiceError";
    this.code = code;
    this.text = text;
    this.field = options.field;
    this.values = options.values ?? {};
    this.details = options.details ?? {};
  }

  /** Returns the message in the given language. */
  messageIn(language: Language): string {
    return formatMessage(this.text[language], this.values);
  }

  /** Builds the GraphQL error a client receives. */
  toGraphQLError(language: Language): GraphQLError {
    const extensions: Record<string, unknown> = { code: this.code, ...this.details };
    if (this.field) extensions.field = this.field;
    return new GraphQLError(this.messageIn(language), { extensions });
  }
}

/** Re-throws a ServiceError of the given code with `field` set, such as NOT_FOUND for the argument that named the record. */
export async function withField<T>(work: Promise<T>, code: ErrorCode, field: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== code || error.field) throw error;
    throw new ServiceError(error.code, error.text, { field, values: error.values, details: error.details, cause: error.cause });
  }
}

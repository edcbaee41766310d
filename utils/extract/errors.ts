/** Why extraction could not produce a clip. */
export type ExtractionErrorCode = 'empty' | 'too-large' | 'no-selection' | 'failed';

/** Thrown by the pipeline when it cannot produce a clip; `code` maps to a user-facing message. */
export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

/** True when `value` is an ExtractionError (also across realms, where instanceof fails). */
export function isExtractionError(value: unknown): value is ExtractionError {
  return (
    value instanceof ExtractionError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ExtractionError')
  );
}

/** Parameters shared by every error opgov throws. */
export type OpGovErrorParameters = {
  /** What went wrong, in more words than the short message: the values involved and what to do. */
  details?: string | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
  /** Extra lines shown between the short message and the details (e.g. the arguments). */
  metaMessages?: readonly string[] | undefined;
};

/**
 * The base class of every error the opgov SDK (and the layers above it) throws: a one-line
 * `shortMessage`, optional `details` saying what was wrong and how to fix it, and the original
 * `cause`. `message` joins them, so a plain `console.error(error)` is readable.
 *
 * @example
 * ```ts
 * try {
 *   await spend(client, { domain: 1, token, to, amount });
 * } catch (error) {
 *   if (error instanceof OpGovError) console.error(error.name, error.shortMessage, error.details);
 *   throw error;
 * }
 * ```
 */
export class OpGovError extends Error {
  override name = "OpGovError";
  /** One line, without the details. */
  readonly shortMessage: string;
  /** What was wrong and what to do, or `undefined`. */
  readonly details: string | undefined;
  /** Extra context lines, or an empty list. */
  readonly metaMessages: readonly string[];

  constructor(shortMessage: string, { details, cause, metaMessages = [] }: OpGovErrorParameters = {}) {
    const lines = [shortMessage, ...(metaMessages.length ? ["", ...metaMessages] : []), ...(details ? ["", `Details: ${details}`] : [])];
    super(lines.join("\n"), cause === undefined ? undefined : { cause });
    this.shortMessage = shortMessage;
    this.details = details;
    this.metaMessages = metaMessages;
  }

  /** Walks the `cause` chain and returns the first error `match` accepts, or `undefined`. */
  walk(match: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    for (let depth = 0; current !== undefined && depth < 32; depth++) {
      if (match(current)) return current;
      current = current instanceof Error ? current.cause : undefined;
    }
    return undefined;
  }
}

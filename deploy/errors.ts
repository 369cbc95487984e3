/** Parameters shared by every error the deploy layer throws. */
export type OpgovDeployErrorParameters = {
  /** What went wrong, in more words than the short message (values, addresses, hints). */
  details?: string | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
};

/**
 * Base class of every error thrown by `deploy/`: a one-line `shortMessage`, optional `details`
 * and the original `cause`. The full `message` joins the first two.
 *
 * @example
 * ```ts
 * try {
 *   await bootstrapLocalChain({ provider, publicClient, walletClient });
 * } catch (error) {
 *   if (error instanceof OpgovDeployError) console.error(error.shortMessage, error.details);
 *   throw error;
 * }
 * ```
 */
export class OpgovDeployError extends Error {
  override name = "OpgovDeployError";
  /** One line, without the details. */
  readonly shortMessage: string;
  /** Extra context (values, addresses, what to do), or `undefined`. */
  readonly details: string | undefined;

  constructor(shortMessage: string, { details, cause }: OpgovDeployErrorParameters = {}) {
    super(details ? `${shortMessage}\n\nDetails: ${details}` : shortMessage, cause === undefined ? undefined : { cause });
    this.shortMessage = shortMessage;
    this.details = details;
  }
}

import { OpGovError, type OpGovErrorParameters } from "../sdk/errors/base.js";

/** Parameters shared by every error the deploy layer throws. */
export type OpgovDeployErrorParameters = OpGovErrorParameters;

/**
 * Base class of every error thrown by `deploy/`: an {@link OpGovError} (one-line `shortMessage`,
 * optional `details`, the original `cause`).
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
export class OpgovDeployError extends OpGovError {
  override name = "OpgovDeployError";

  constructor(shortMessage: string, parameters: OpgovDeployErrorParameters = {}) {
    super(shortMessage, parameters);
  }
}

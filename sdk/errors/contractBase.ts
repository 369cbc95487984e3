import { OpGovError } from "./base.js";

/**
 * A revert of an opgov contract, decoded from its custom error: `errorName` is the Solidity
 * error (e.g. `OpGovInsufficientBudget`), `args` its arguments by name.
 */
export class OpGovContractError<
  args extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>,
> extends OpGovError {
  override name = "OpGovContractError";
  /** The Solidity custom error's name. */
  readonly errorName: string;
  /** Its arguments, by parameter name. */
  readonly args: args;

  constructor(
    errorName: string,
    args: args,
    options: { shortMessage?: string; details?: string; cause?: unknown; metaMessages?: readonly string[] } = {},
  ) {
    super(options.shortMessage ?? `opgov reverted with ${errorName}.`, {
      details: options.details,
      cause: options.cause,
      metaMessages: options.metaMessages ?? Object.entries(args).map(([key, value]) => `  ${key}: ${String(value)}`),
    });
    this.errorName = errorName;
    this.args = args;
  }
}

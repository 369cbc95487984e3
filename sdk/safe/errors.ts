import type { Address } from "viem";
import { OpGovError } from "../errors/base.js";

// The named errors of acting through a Safe (`via: { safe }` on a write action). Each is thrown
// by reads before anything is sent.

/** `via.safe` is not a Safe: no code there, or it does not answer Safe's owner and threshold reads. */
export class NotASafeError extends OpGovError {
  override name = "NotASafeError";
  readonly safe: Address;
  constructor(safe: Address, cause?: unknown) {
    super(`${safe} is not a Safe: it does not answer getOwners and getThreshold.`, {
      details: "Pass the address of the Safe that wears the hat as `via.safe` (with the CLI: --via-safe).",
      cause,
    });
    this.safe = safe;
  }
}

/** The wallet that executes, or one of the co-signers, is not an owner of the Safe. */
export class NotSafeOwnerError extends OpGovError {
  override name = "NotSafeOwnerError";
  readonly safe: Address;
  readonly account: Address;
  readonly owners: readonly Address[];
  /** `executor`: the client's wallet, which sends the Safe transaction; `co-signer`: one of `via.signers`. */
  readonly as: "executor" | "co-signer";
  constructor(safe: Address, account: Address, owners: readonly Address[], as: "executor" | "co-signer") {
    super(`${account} (${as === "executor" ? "the wallet executing the Safe transaction" : "a co-signer"}) is not an owner of the Safe ${safe}.`, {
      metaMessages: [`owners: ${owners.join(", ")}`],
      details:
        as === "executor"
          ? "Send from a wallet that owns the Safe; the other owners sign as `via.signers`."
          : "Pass only owners of the Safe as `via.signers` (with the CLI: --co-signer-key-file).",
    });
    this.safe = safe;
    this.account = account;
    this.owners = owners;
    this.as = as;
  }
}

/** The executing owner and the co-signers together are fewer than the Safe's threshold. */
export class SafeThresholdNotMetError extends OpGovError {
  override name = "SafeThresholdNotMetError";
  readonly safe: Address;
  readonly owners: readonly Address[];
  readonly threshold: number;
  /** How many distinct owners would sign (the executor included). */
  readonly got: number;
  constructor(safe: Address, owners: readonly Address[], threshold: number, got: number) {
    super(`The Safe ${safe} needs ${threshold} owner signature(s) and ${got} owner(s) would sign.`, {
      metaMessages: [`owners: ${owners.join(", ")}`],
      details: `Add ${threshold - got} more owner(s) as \`via.signers\` (with the CLI: --co-signer-key-file, once per owner).`,
    });
    this.safe = safe;
    this.owners = owners;
    this.threshold = threshold;
    this.got = got;
  }
}

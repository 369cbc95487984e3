import type { Hex } from "viem";
import { OpGovError } from "../errors/base.js";

/** Thrown by the round reads when no `RoundProposed` event for the id is in the searched blocks. */
export class RoundNotFoundError extends OpGovError {
  override name = "RoundNotFoundError";
  readonly round: Hex;
  constructor(round: Hex, fromBlock: bigint | string, toBlock: bigint | string) {
    super(`No round ${round} was proposed on this opgov instance.`, {
      metaMessages: [`  searched blocks: ${String(fromBlock)} to ${String(toBlock)}`],
      details:
        "Check the round id (it is the commitment `propose` returned) and the instance; if the round is older than `fromBlock`, search from an earlier block.",
    });
    this.round = round;
  }
}

import type { Address, Hex } from "viem";
import { OpGovError } from "./base.js";
import { formatAmount, formatDuration, formatHat, formatRoundState, formatTime } from "./format.js";

// Errors the SDK throws before sending anything: bad input, or a pre-check read that shows the
// call would fail. Each says what was wrong and what to do.

/** An address that is not 20 bytes of hex, or whose mixed-case checksum is wrong. */
export class InvalidAddressError extends OpGovError {
  override name = "InvalidAddressError";
  readonly parameter: string;
  readonly address: string;
  constructor(parameter: string, address: unknown) {
    super(`\`${parameter}\` is not a valid address: ${String(address)}.`, {
      details:
        "Pass 0x followed by 40 hex digits, either all lowercase or with a correct EIP-55 checksum (viem's getAddress makes one). A mixed-case address with a wrong checksum usually has a typo.",
    });
    this.parameter = parameter;
    this.address = String(address);
  }
}

/** An amount that is zero, negative, not an integer, or above what the contract can hold. */
export class InvalidAmountError extends OpGovError {
  override name = "InvalidAmountError";
  readonly parameter: string;
  readonly amount: unknown;
  constructor(parameter: string, amount: unknown, reason: string) {
    super(`\`${parameter}\` must be ${reason}; got ${String(amount)}.`, {
      details: "Amounts are bigints in the token's base units (wei for ETH): use parseEther or parseUnits.",
    });
    this.parameter = parameter;
    this.amount = amount;
  }
}

/** A parameter outside the range the contract accepts (an id, an index, a uint size, …). */
export class InvalidParameterError extends OpGovError {
  override name = "InvalidParameterError";
  readonly parameter: string;
  constructor(parameter: string, value: unknown, expected: string) {
    super(`\`${parameter}\` must be ${expected}; got ${String(value)}.`, {
      details: "Fix the value and call again; nothing was sent.",
    });
    this.parameter = parameter;
  }
}

/** No cell is registered under this id in the instance. */
export class UnknownCellError extends OpGovError {
  override name = "UnknownCellError";
  readonly cell: bigint;
  constructor(cell: bigint, cause?: unknown) {
    super(`No cell is registered under ${formatHat(cell)}.`, {
      details: "A cell's id is its cell hat's id. Read the registry (cellIds / getCell) for the ids that exist.",
      cause,
    });
    this.cell = cell;
  }
}

/** No domain has this id in the instance. */
export class UnknownDomainError extends OpGovError {
  override name = "UnknownDomainError";
  readonly domain: number;
  constructor(domain: number, cause?: unknown) {
    super(`No domain has id ${domain}.`, {
      details: "Domains are numbered from 1 in creation order; domainCount gives the highest id.",
      cause,
    });
    this.domain = domain;
  }
}

/**
 * No round has this id in the instance. The reads (`getRound`, `getObjections`) say which blocks
 * they searched for its `RoundProposed` event; `RoundNotFoundError` is the same class.
 */
export class UnknownRoundError extends OpGovError {
  override name = "UnknownRoundError";
  readonly round: Hex;
  constructor(round: Hex, searched?: { fromBlock: bigint | string; toBlock: bigint | string }) {
    super(`No round has id ${round}.`, {
      metaMessages: searched ? [`  searched blocks: ${String(searched.fromBlock)} to ${String(searched.toBlock)}`] : [],
      details:
        "A round's id is the commitment to the content it was proposed with (roundId({ instance, content })). Check the content, the instance and that the proposal was mined" +
        (searched ? "; if the round is older than `fromBlock`, search from an earlier block." : "."),
    });
    this.round = round;
  }
}

/** The content passed does not hash to the round's id (or its amended commitment). */
export class RoundContentMismatchError extends OpGovError {
  override name = "RoundContentMismatchError";
  readonly round: Hex;
  constructor(round: Hex, actual: Hex) {
    super(`The content passed hashes to ${actual}, not to round ${round}.`, {
      details: "Pass the content exactly as proposed (for revision 0) or as last amended: same scope, salt, objector hats, actions and rationale hash.",
    });
    this.round = round;
  }
}

/** The round's state does not allow the call. */
export class RoundStateError extends OpGovError {
  override name = "RoundStateError";
  readonly round: Hex;
  readonly state: number;
  constructor(action: string, round: Hex, state: number, allowed: readonly number[], deadline?: bigint) {
    super(`${action}: round ${round} is ${formatRoundState(state)}; it must be ${allowed.map(formatRoundState).join(" or ")}.`, {
      details:
        deadline !== undefined && deadline > 0n
          ? `Its window ends (or ended) at ${formatTime(deadline)}. Read the round again (getRound) and pick the step its state allows.`
          : "Read the round again (getRound) and pick the step its state allows.",
    });
    this.round = round;
    this.state = state;
  }
}

/** The objection window is outside the community's bounds. */
export class WindowOutOfBoundsError extends OpGovError {
  override name = "WindowOutOfBoundsError";
  readonly window: number;
  readonly minWindow: number;
  readonly maxWindow: number;
  constructor(window: number, minWindow: number, maxWindow: number) {
    super(`The objection window ${formatDuration(window)} is outside the community's bounds ${formatDuration(minWindow)} to ${formatDuration(maxWindow)}.`, {
      details: "Choose a window within the bounds (read them with the instance's `constraints`).",
    });
    this.window = window;
    this.minWindow = minWindow;
    this.maxWindow = maxWindow;
  }
}

/** The amount is above what remains of the domain's allowance this epoch. */
export class InsufficientBudgetError extends OpGovError {
  override name = "InsufficientBudgetError";
  readonly domain: number;
  readonly token: Address;
  readonly amount: bigint;
  readonly remaining: bigint;
  constructor(domain: number, token: Address, amount: bigint, remaining: bigint, epochEnd: bigint) {
    super(`Domain ${domain} has ${formatAmount(remaining, token)} left this epoch; ${formatAmount(amount, token)} was asked.`, {
      details: `Spend at most what remains, wait for the next epoch${epochEnd > 0n ? ` (from ${formatTime(epochEnd)})` : ""}, or have the budget raised by a round or the community.`,
    });
    this.domain = domain;
    this.token = token;
    this.amount = amount;
    this.remaining = remaining;
  }
}

/** The community does not allow this token. */
export class TokenNotAllowedError extends OpGovError {
  override name = "TokenNotAllowedError";
  readonly token: Address;
  constructor(token: Address) {
    super(`The community does not allow token ${token}.`, {
      details: "The community allows tokens with setTokenPolicy; the zero address is the native token.",
    });
    this.token = token;
  }
}

/** The community paused budget spending. */
export class SpendingPausedError extends OpGovError {
  override name = "SpendingPausedError";
  constructor() {
    super("The community paused budget spending.", {
      details: "Spends are refused until the community resumes them (setSpendingPaused(false)); rounds and community acts still work.",
    });
  }
}

/** The caller does not wear the hat the call needs (read from Hats before sending). */
export class NotWearerError extends OpGovError {
  override name = "NotWearerError";
  readonly account: Address;
  readonly hat: bigint;
  constructor(account: Address, hat: bigint, role: string) {
    super(`${account} does not wear ${role} (hat ${formatHat(hat)}).`, {
      details: "Send from an account that wears the hat (and is eligible and in good standing), or have an admin of the hat mint it to you.",
    });
    this.account = account;
    this.hat = hat;
  }
}

/** The caller is not an admin of the hat in Hats (read before sending). */
export class NotHatAdminError extends OpGovError {
  override name = "NotHatAdminError";
  readonly account: Address;
  readonly hat: bigint;
  constructor(account: Address, hat: bigint) {
    super(`${account} is not an admin of hat ${formatHat(hat)}.`, {
      details: "Only a wearer of one of the hat's admin hats (e.g. the cell hat for a member hat) may set a wearer's standing.",
    });
    this.account = account;
    this.hat = hat;
  }
}

/** The cell's phase does not allow what was asked (read before sending). */
export class CellPhaseError extends OpGovError {
  override name = "CellPhaseError";
  readonly cell: bigint;
  constructor(cell: bigint, reason: string) {
    super(`Cell ${formatHat(cell)}: ${reason}.`, {
      details: "Phases unlock powers step by step (DESIGN.md, phase rules); move the cell's phase first, or act for another cell.",
    });
    this.cell = cell;
  }
}

/** An action's data does not decode in its kind's layout, or the kind does not exist. */
export class InvalidActionDataError extends OpGovError {
  override name = "InvalidActionDataError";
  readonly kind: number;
  constructor(kind: number, reason: string, cause?: unknown) {
    super(`Action of kind ${kind}: ${reason}.`, {
      details: "Build actions with the SDK's encoders (encodeAllocation, encodeSetBudget, …).",
      cause,
    });
    this.kind = kind;
  }
}

/** The group state changed since the version the caller read (read before sending). */
export class StaleGroupStateError extends OpGovError {
  override name = "StaleGroupStateError";
  readonly cell: bigint;
  constructor(cell: bigint, expected: number, current: number) {
    super(`Cell ${formatHat(cell)}'s group state is at version ${current}, not ${expected}.`, {
      details: "Someone updated it since you read it: read the current document, merge your change, and pass the current version.",
    });
    this.cell = cell;
  }
}

/** The account already has a standing objection in the round (read before sending). */
export class AlreadyObjectedError extends OpGovError {
  override name = "AlreadyObjectedError";
  readonly round: Hex;
  readonly objector: Address;
  constructor(round: Hex, objector: Address) {
    super(`${objector} already has a standing objection in round ${round}.`, {
      details: "One standing objection per objector and round: withdraw it (withdrawObjection) to object anew.",
    });
    this.round = round;
    this.objector = objector;
  }
}

/** The account has no standing objection in the round (read before sending). */
export class NoStandingObjectionError extends OpGovError {
  override name = "NoStandingObjectionError";
  readonly round: Hex;
  readonly objector: Address;
  constructor(round: Hex, objector: Address) {
    super(`${objector} has no standing objection in round ${round}.`, {
      details: "Only a standing objection can be withdrawn or dismissed; getObjection shows its status.",
    });
    this.round = round;
    this.objector = objector;
  }
}

/** A round with this content exists already (read before sending). */
export class RoundExistsError extends OpGovError {
  override name = "RoundExistsError";
  readonly round: Hex;
  constructor(round: Hex) {
    super(`A round with id ${round} exists already.`, { details: "Propose with another salt (or use the existing round)." });
    this.round = round;
  }
}

/** An opgov instance exists already at the address these parameters and salt predict. */
export class InstanceExistsError extends OpGovError {
  override name = "InstanceExistsError";
  readonly instance: Address;
  constructor(instance: Address) {
    super(`An opgov instance with these parameters and salt exists already at ${instance}.`, {
      details: "Use it (withInstance(client, instance)), or deploy with another salt.",
    });
    this.instance = instance;
  }
}

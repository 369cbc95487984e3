import type { Address, Hex } from "viem";
import { OpGovContractError } from "./contractBase.js";
import { formatAmount, formatDuration, formatHat, formatKind, formatPhase, formatRoundState, formatStateMask } from "./format.js";

// One named class per custom error of the opgov contracts (contracts/interfaces/IOpGovErrors.sol)
// and of the factory (contracts/OpGovFactory.sol). `decodeOpGovError` turns a revert into the
// class named after the Solidity error plus `Error` (OpGovNotWearer → OpGovNotWearerError); each
// says what was wrong, with its values in readable form, and what to do.
// test/sdk/errors.test.ts fails when a contract error has no class here.

type Described = { short: string; details: string };
type NamedContractError<args extends Readonly<Record<string, unknown>>> = new (
  args: args,
  cause?: unknown,
) => OpGovContractError<args>;

function define<args extends Readonly<Record<string, unknown>>>(
  errorName: string,
  describe: (args: args) => Described,
): NamedContractError<args> {
  const named = class extends OpGovContractError<args> {
    override name = `${errorName}Error`;
    constructor(args: args, cause?: unknown) {
      const { short, details } = describe(args);
      super(errorName, args, { shortMessage: short, details, cause });
    }
  };
  Object.defineProperty(named, "name", { value: `${errorName}Error` });
  return named;
}



/** `account` does not wear `hat` (or it is inactive, or the account is not eligible). */
export const OpGovNotWearerError = define<{ account: Address; hat: bigint }>("OpGovNotWearer", (a) => ({
  short: `${a.account} does not wear hat ${formatHat(a.hat)} (or the hat is inactive, or the wearer is not eligible).`,
  details: "Send from an account that wears the hat the call needs, active and in good standing; an admin of the hat can mint it.",
}));
export type OpGovNotWearerError = InstanceType<typeof OpGovNotWearerError>;

/** No cell is registered under `cell`. */
export const OpGovUnknownCellError = define<{ cell: bigint }>("OpGovUnknownCell", (a) => ({
  short: `No cell is registered under ${formatHat(a.cell)}.`,
  details: "A cell's id is its cell hat's id; read the registry (cellIds, getCell) for the ids that exist.",
}));
export type OpGovUnknownCellError = InstanceType<typeof OpGovUnknownCellError>;

/** No domain has id `domain`. */
export const OpGovUnknownDomainError = define<{ domain: number }>("OpGovUnknownDomain", (a) => ({
  short: `No domain has id ${a.domain}.`,
  details: "Domains are numbered from 1 in creation order; domainCount gives the highest id.",
}));
export type OpGovUnknownDomainError = InstanceType<typeof OpGovUnknownDomainError>;

/** No round has id `round`. */
export const OpGovUnknownRoundError = define<{ round: Hex }>("OpGovUnknownRound", (a) => ({
  short: `No round has id ${a.round}.`,
  details: "A round's id is the commitment to its first content (roundId({ instance, content })): check the content and the instance.",
}));
export type OpGovUnknownRoundError = InstanceType<typeof OpGovUnknownRoundError>;

/** The cell is completed: it can do nothing. */
export const OpGovCellCompletedError = define<{ cell: bigint }>("OpGovCellCompleted", (a) => ({
  short: `Cell ${formatHat(a.cell)} is completed: it can do nothing.`,
  details: "A completed cell's hats are off and its allowances zero; act through another cell or the community.",
}));
export type OpGovCellCompletedError = InstanceType<typeof OpGovCellCompletedError>;

/** The cell's phase does not unlock this yet. */
export const OpGovPhaseTooEarlyError = define<{ cell: bigint; current: number; required: number }>("OpGovPhaseTooEarly", (a) => ({
  short: `Cell ${formatHat(a.cell)} is in ${formatPhase(a.current)}; this needs at least ${formatPhase(a.required)}.`,
  details: "Move the cell's phase forward first (a round in the parent circle, or the community).",
}));
export type OpGovPhaseTooEarlyError = InstanceType<typeof OpGovPhaseTooEarlyError>;

/** Phases move forward one step at a time, or to Completion. */
export const OpGovInvalidPhaseMoveError = define<{ cell: bigint; from: number; to: number }>("OpGovInvalidPhaseMove", (a) => ({
  short: `Cell ${formatHat(a.cell)} cannot move from ${formatPhase(a.from)} to ${formatPhase(a.to)}.`,
  details: "Phases move forward one step at a time (Completion from any phase, and nothing after it).",
}));
export type OpGovInvalidPhaseMoveError = InstanceType<typeof OpGovInvalidPhaseMoveError>;

/** The cell still has sub-cells that are not completed. */
export const OpGovCellHasActiveSubCellsError = define<{ cell: bigint; activeSubCells: bigint }>("OpGovCellHasActiveSubCells", (a) => ({
  short: `Cell ${formatHat(a.cell)} still has ${a.activeSubCells} sub-cell(s) that are not completed.`,
  details: "Complete its sub-cells first, then the cell.",
}));
export type OpGovCellHasActiveSubCellsError = InstanceType<typeof OpGovCellHasActiveSubCellsError>;

/** The round is not in a state the call accepts. */
export const OpGovUnexpectedRoundStateError = define<{ round: Hex; current: number; expectedStates: Hex }>(
  "OpGovUnexpectedRoundState",
  (a) => ({
    short: `Round ${a.round} is ${formatRoundState(a.current)}; the call needs ${formatStateMask(a.expectedStates)}.`,
    details: `Read the round (getRound) and take the step its state allows.`,
  }),
);
export type OpGovUnexpectedRoundStateError = InstanceType<typeof OpGovUnexpectedRoundStateError>;

/** The content passed does not hash to the round's commitment. */
export const OpGovContentMismatchError = define<{ round: Hex; expected: Hex; actual: Hex }>("OpGovContentMismatch", (a) => ({
  short: `The content passed for round ${a.round} hashes to ${a.actual}, not to its commitment ${a.expected}.`,
  details: "Pass the round's content exactly as proposed, or as last amended (same scope, salt, objector hats, actions, rationale hash).",
}));
export type OpGovContentMismatchError = InstanceType<typeof OpGovContentMismatchError>;

/** A round with this id exists already. */
export const OpGovRoundExistsError = define<{ round: Hex }>("OpGovRoundExists", (a) => ({
  short: `A round with id ${a.round} exists already.`,
  details: "Propose with another salt.",
}));
export type OpGovRoundExistsError = InstanceType<typeof OpGovRoundExistsError>;

/** The objection window is outside the community's bounds. */
export const OpGovWindowOutOfBoundsError = define<{ window: number; minWindow: number; maxWindow: number }>("OpGovWindowOutOfBounds", (a) => ({
  short: `The objection window ${formatDuration(a.window)} is outside ${formatDuration(a.minWindow)} to ${formatDuration(a.maxWindow)}.`,
  details: "Choose a window within the community's bounds (the instance's `constraints`).",
}));
export type OpGovWindowOutOfBoundsError = InstanceType<typeof OpGovWindowOutOfBoundsError>;

/** A party the community's policy requires is missing from the objector hats. */
export const OpGovRequiredObjectorMissingError = define<{ position: bigint; requiredHat: bigint; givenHat: bigint }>(
  "OpGovRequiredObjectorMissing",
  (a) => ({
    short: `Objector hat ${a.position} must be ${formatHat(a.requiredHat)} (a party the community's policy requires); got ${formatHat(a.givenHat)}.`,
    details: "Start the objector hats with requiredObjectorHats(scope, actions), in that order, then add other parties.",
  }),
);
export type OpGovRequiredObjectorMissingError = InstanceType<typeof OpGovRequiredObjectorMissingError>;

/** Too many objector hats. */
export const OpGovTooManyObjectorHatsError = define<{ count: bigint; max: bigint }>("OpGovTooManyObjectorHats", (a) => ({
  short: `${a.count} objector hats were given; at most ${a.max} are accepted.`,
  details: "Name fewer parties: a cell's member hat covers all its members.",
}));
export type OpGovTooManyObjectorHatsError = InstanceType<typeof OpGovTooManyObjectorHatsError>;

/** A round (or community act) needs between 1 and `max` actions. */
export const OpGovActionCountError = define<{ count: bigint; max: bigint }>("OpGovActionCount", (a) => ({
  short: `${a.count} actions were given; between 1 and ${a.max} are accepted.`,
  details: "Split the work into several rounds or acts.",
}));
export type OpGovActionCountError = InstanceType<typeof OpGovActionCountError>;

/** The objector hats passed are not the round's. */
export const OpGovObjectorHatsMismatchError = define<{ round: Hex }>("OpGovObjectorHatsMismatch", (a) => ({
  short: `The objector hats passed are not those of round ${a.round}.`,
  details: "Pass the round's objector hats exactly as proposed (content.objectorHats).",
}));
export type OpGovObjectorHatsMismatchError = InstanceType<typeof OpGovObjectorHatsMismatchError>;

/** `index` is not a valid index into the round's objector hats. */
export const OpGovObjectorHatIndexError = define<{ index: bigint; length: bigint }>("OpGovObjectorHatIndex", (a) => ({
  short: `Objector hat index ${a.index} is out of range: the round has ${a.length} objector hats.`,
  details: "Pass the index of the objector hat you wear.",
}));
export type OpGovObjectorHatIndexError = InstanceType<typeof OpGovObjectorHatIndexError>;

/** The objector already has a standing objection in this round. */
export const OpGovAlreadyObjectedError = define<{ round: Hex; objector: Address }>("OpGovAlreadyObjected", (a) => ({
  short: `${a.objector} already has a standing objection in round ${a.round}.`,
  details: "One standing objection per objector and round: withdraw it first to object anew.",
}));
export type OpGovAlreadyObjectedError = InstanceType<typeof OpGovAlreadyObjectedError>;

/** The objector has no standing objection in this round. */
export const OpGovNoStandingObjectionError = define<{ round: Hex; objector: Address }>("OpGovNoStandingObjection", (a) => ({
  short: `${a.objector} has no standing objection in round ${a.round}.`,
  details: "Only a standing objection can be withdrawn or dismissed (getObjection shows its status).",
}));
export type OpGovNoStandingObjectionError = InstanceType<typeof OpGovNoStandingObjectionError>;

/** A reason is required to object. */
export const OpGovReasonRequiredError = define<Record<string, never>>("OpGovReasonRequired", () => ({
  short: "An objection needs a reason: a uri and a non-zero hash.",
  details: "Publish the reason and pass its uri and content hash.",
}));
export type OpGovReasonRequiredError = InstanceType<typeof OpGovReasonRequiredError>;

/** The spend exceeds what remains of the domain's allowance this epoch. */
export const OpGovInsufficientBudgetError = define<{ domain: number; token: Address; amount: bigint; remaining: bigint }>(
  "OpGovInsufficientBudget",
  (a) => ({
    short: `Domain ${a.domain} has ${formatAmount(a.remaining, a.token)} left this epoch; the spend asked ${formatAmount(a.amount, a.token)}.`,
    details: "Spend at most what remains, wait for the next epoch, or have the budget raised (a round or the community).",
  }),
);
export type OpGovInsufficientBudgetError = InstanceType<typeof OpGovInsufficientBudgetError>;

/** The community paused budget spending. */
export const OpGovSpendingPausedError = define<Record<string, never>>("OpGovSpendingPaused", () => ({
  short: "The community paused budget spending.",
  details: "Spends are refused until the community resumes them; rounds and community acts still work.",
}));
export type OpGovSpendingPausedError = InstanceType<typeof OpGovSpendingPausedError>;

/** The native token has no pull mode. */
export const OpGovNativeTokenNotPullableError = define<Record<string, never>>("OpGovNativeTokenNotPullable", () => ({
  short: "The native token cannot be paid in treasury pull mode.",
  details: "ETH always moves through the treasury Safe's module call; setTreasuryPull takes ERC-20 tokens only.",
}));
export type OpGovNativeTokenNotPullableError = InstanceType<typeof OpGovNativeTokenNotPullableError>;

/** The community does not allow this token. */
export const OpGovTokenNotAllowedError = define<{ token: Address }>("OpGovTokenNotAllowed", (a) => ({
  short: `The community does not allow token ${a.token}.`,
  details: "The community allows tokens with setTokenPolicy (the zero address is the native token).",
}));
export type OpGovTokenNotAllowedError = InstanceType<typeof OpGovTokenNotAllowedError>;

/** The amount is above the largest opgov accepts. */
export const OpGovAmountTooLargeError = define<{ amount: bigint; max: bigint }>("OpGovAmountTooLarge", (a) => ({
  short: `The amount ${a.amount} is above the largest accepted, ${a.max}.`,
  details: "Split it into several allocations.",
}));
export type OpGovAmountTooLargeError = InstanceType<typeof OpGovAmountTooLargeError>;

/** The amount must be above zero. */
export const OpGovZeroAmountError = define<Record<string, never>>("OpGovZeroAmount", () => ({
  short: "The amount must be above zero.",
  details: "Pass a positive amount in the token's base units.",
}));
export type OpGovZeroAmountError = InstanceType<typeof OpGovZeroAmountError>;

/** The recipient must not be the zero address. */
export const OpGovZeroRecipientError = define<Record<string, never>>("OpGovZeroRecipient", () => ({
  short: "The recipient must not be the zero address.",
  details: "Pass the address the funds should go to.",
}));
export type OpGovZeroRecipientError = InstanceType<typeof OpGovZeroRecipientError>;

/** The allowance is above the community's per-domain cap for the token. */
export const OpGovAllowanceAboveCapError = define<{ domain: number; token: Address; allowance: bigint; cap: bigint }>(
  "OpGovAllowanceAboveCap",
  (a) => ({
    short: `Domain ${a.domain}: the allowance ${formatAmount(a.allowance, a.token)} is above the community's cap ${formatAmount(a.cap, a.token)}.`,
    details: "Grant at most the cap, or have the community raise it (setTokenPolicy).",
  }),
);
export type OpGovAllowanceAboveCapError = InstanceType<typeof OpGovAllowanceAboveCapError>;

/** A domain's allowance cannot go below what it delegated to child domains. */
export const OpGovAllowanceBelowDelegatedError = define<{ domain: number; token: Address; allowance: bigint; delegated: bigint }>(
  "OpGovAllowanceBelowDelegated",
  (a) => ({
    short: `Domain ${a.domain}: the allowance ${formatAmount(a.allowance, a.token)} is below the ${formatAmount(a.delegated, a.token)} it delegated to child domains.`,
    details: "Shrink the child domains' budgets first, or grant at least what is delegated.",
  }),
);
export type OpGovAllowanceBelowDelegatedError = InstanceType<typeof OpGovAllowanceBelowDelegatedError>;

/** The parent domain cannot give that much more. */
export const OpGovParentAllowanceExceededError = define<{ parent: number; token: Address; amount: bigint; available: bigint }>(
  "OpGovParentAllowanceExceeded",
  (a) => ({
    short: `Parent domain ${a.parent} cannot give ${formatAmount(a.amount, a.token)} more: it has ${formatAmount(a.available, a.token)} of its own allowance.`,
    details: "Ask for a smaller slice, or raise the parent domain's budget first.",
  }),
);
export type OpGovParentAllowanceExceededError = InstanceType<typeof OpGovParentAllowanceExceededError>;

/** Epochs are 1 day to 366 days. */
export const OpGovInvalidEpochLengthError = define<{ epochLength: number; min: number; max: number }>("OpGovInvalidEpochLength", (a) => ({
  short: `The epoch length ${formatDuration(a.epochLength)} is outside ${formatDuration(a.min)} to ${formatDuration(a.max)}.`,
  details: "Choose an epoch from one day to 366 days (a new root budget needs one; 0 keeps the current one).",
}));
export type OpGovInvalidEpochLengthError = InstanceType<typeof OpGovInvalidEpochLengthError>;

/** The epoch length cannot change here. */
export const OpGovEpochLengthLockedError = define<{ domain: number; token: Address; current: number; requested: number }>(
  "OpGovEpochLengthLocked",
  (a) => ({
    short: `Domain ${a.domain}, token ${a.token}: the epoch length is locked at ${formatDuration(a.current)}; ${formatDuration(a.requested)} was asked.`,
    details: "A child domain follows its parent's epoch (pass 0), and a domain that delegated slices keeps its epoch; a child needs its parent's budget in that token first.",
  }),
);
export type OpGovEpochLengthLockedError = InstanceType<typeof OpGovEpochLengthLockedError>;

/** opgov is not this hat's eligibility module. */
export const OpGovNotManagedHatError = define<{ hat: bigint }>("OpGovNotManagedHat", (a) => ({
  short: `opgov is not the eligibility module of hat ${formatHat(a.hat)}, so it cannot set its wearers' standing.`,
  details: "Set the standing through the hat's own eligibility module in Hats.",
}));
export type OpGovNotManagedHatError = InstanceType<typeof OpGovNotManagedHatError>;

/** opgov is not enabled as a module on the treasury Safe. */
export const OpGovTreasuryModuleDisabledError = define<{ treasury: Address }>("OpGovTreasuryModuleDisabled", (a) => ({
  short: `opgov is not enabled as a module on the treasury Safe ${a.treasury}.`,
  details: "The Safe's owners must enable the opgov instance as a module (enableModule) before funds can move.",
}));
export type OpGovTreasuryModuleDisabledError = InstanceType<typeof OpGovTreasuryModuleDisabledError>;

/** The treasury Safe could not make the transfer. */
export const OpGovTreasuryTransferFailedError = define<{ token: Address; to: Address; amount: bigint }>("OpGovTreasuryTransferFailed", (a) => ({
  short: `The treasury could not transfer ${formatAmount(a.amount, a.token)} to ${a.to}.`,
  details: "The treasury may hold too little of the token, or the token refused the transfer: check the Safe's balance.",
}));
export type OpGovTreasuryTransferFailedError = InstanceType<typeof OpGovTreasuryTransferFailedError>;

/** An action reaches outside what a round scoped to `scope` may do. */
export const OpGovActionOutOfScopeError = define<{ scope: bigint; index: bigint; kind: number }>("OpGovActionOutOfScope", (a) => ({
  short: `Action ${a.index} (${formatKind(a.kind)}) reaches outside what a round of cell ${formatHat(a.scope)} may do.`,
  details: "A round acts on its own cell, its own domains and its direct sub-cells; propose it in the right cell, or ask the community.",
}));
export type OpGovActionOutOfScopeError = InstanceType<typeof OpGovActionOutOfScopeError>;

/** A cell in its current phase may only propose some kinds of action. */
export const OpGovActionNotAllowedInPhaseError = define<{ scope: bigint; phase: number; kind: number }>("OpGovActionNotAllowedInPhase", (a) => ({
  short: `Cell ${formatHat(a.scope)} in ${formatPhase(a.phase)} may not propose a ${formatKind(a.kind)} action.`,
  details: "In Conversation a cell may only propose its own move to Formation.",
}));
export type OpGovActionNotAllowedInPhaseError = InstanceType<typeof OpGovActionNotAllowedInPhaseError>;

/** The constraints are invalid. */
export const OpGovInvalidConstraintsError = define<{ minWindow: number; maxWindow: number; executionWindow: number }>("OpGovInvalidConstraints", (a) => ({
  short: `Invalid constraints: windows ${formatDuration(a.minWindow)} to ${formatDuration(a.maxWindow)}, execution window ${formatDuration(a.executionWindow)}.`,
  details: "Windows must be above zero, the minimum at most the maximum, and none above 366 days.",
}));
export type OpGovInvalidConstraintsError = InstanceType<typeof OpGovInvalidConstraintsError>;

/** A policy cannot drop a party the protocol always requires. */
export const OpGovPolicyBelowMinimumError = define<{ kind: number; parties: number; minimum: number }>("OpGovPolicyBelowMinimum", (a) => ({
  short: `The required parties ${a.parties} for ${formatKind(a.kind)} drop some of the protocol minimum ${a.minimum}.`,
  details: "Include at least the minimum bits (1 = parent circle, 2 = cell members, 4 = community) for every kind, and nothing above 7 or for kinds beyond 6.",
}));
export type OpGovPolicyBelowMinimumError = InstanceType<typeof OpGovPolicyBelowMinimumError>;

/** A bounded collection is full. */
export const OpGovLimitReachedError = define<{ max: bigint }>("OpGovLimitReached", (a) => ({
  short: `A limit is reached: at most ${a.max}.`,
  details: "opgov bounds every collection (role hats, domains per cell, tokens per domain, domain depth, hat levels) so that no call loops without bound.",
}));
export type OpGovLimitReachedError = InstanceType<typeof OpGovLimitReachedError>;

/** The group state changed since the version the caller read. */
export const OpGovStaleGroupStateError = define<{ cell: bigint; expected: number; current: number }>("OpGovStaleGroupState", (a) => ({
  short: `Cell ${formatHat(a.cell)}'s group state is at version ${a.current}, not ${a.expected}.`,
  details: "Someone updated it since you read it: read it again, merge, and pass the current version.",
}));
export type OpGovStaleGroupStateError = InstanceType<typeof OpGovStaleGroupStateError>;

/** The hat is not one of the cell's. */
export const OpGovNotCellHatError = define<{ cell: bigint; hat: bigint }>("OpGovNotCellHat", (a) => ({
  short: `Hat ${formatHat(a.hat)} is not cell ${formatHat(a.cell)}'s hat, member hat or one of its direct child hats.`,
  details: "Use the cell hat, its member hat or one of its role hats (getCell lists them); a delegated domain goes to a direct sub-cell.",
}));
export type OpGovNotCellHatError = InstanceType<typeof OpGovNotCellHatError>;

/** The account is not an admin of the hat in Hats. */
export const OpGovNotHatAdminError = define<{ account: Address; hat: bigint }>("OpGovNotHatAdmin", (a) => ({
  short: `${a.account} is not an admin of hat ${formatHat(a.hat)}.`,
  details: "Only a wearer of one of the hat's admin hats may do this.",
}));
export type OpGovNotHatAdminError = InstanceType<typeof OpGovNotHatAdminError>;

/** A hat id that is not below the opgov root hat. */
export const OpGovHatOutsideTreeError = define<{ hat: bigint }>("OpGovHatOutsideTree", (a) => ({
  short: `Hat ${formatHat(a.hat)} is not below the opgov root hat (or leaves no room for cells under it).`,
  details: "Deploy with a root hat that has levels free below it.",
}));
export type OpGovHatOutsideTreeError = InstanceType<typeof OpGovHatOutsideTreeError>;

/** This entry point only runs inside an opgov instance. */
export const OpGovNotDelegatedError = define<Record<string, never>>("OpGovNotDelegated", () => ({
  short: "This entry point only runs inside an opgov instance.",
  details: "Call the DAO's instance address, not the shared extension.",
}));
export type OpGovNotDelegatedError = InstanceType<typeof OpGovNotDelegatedError>;

/** No opgov function has this selector. */
export const OpGovUnknownSelectorError = define<{ selector: Hex }>("OpGovUnknownSelector", (a) => ({
  short: `No opgov function has selector ${a.selector}.`,
  details: "The address may not be an opgov instance, or the ABI used is out of date (regenerate with npm run codegen).",
}));
export type OpGovUnknownSelectorError = InstanceType<typeof OpGovUnknownSelectorError>;

/** An instance with this configuration and salt exists already. */
export const OpGovFactoryInstanceExistsError = define<{ instance: Address }>("OpGovFactoryInstanceExists", (a) => ({
  short: `An opgov instance with this configuration and salt exists already at ${a.instance}.`,
  details: "Use that instance, or deploy with another salt.",
}));
export type OpGovFactoryInstanceExistsError = InstanceType<typeof OpGovFactoryInstanceExistsError>;

/** The treasury must be a contract. */
export const OpGovFactoryTreasuryNotContractError = define<{ treasury: Address }>("OpGovFactoryTreasuryNotContract", (a) => ({
  short: `The treasury ${a.treasury} is not a contract.`,
  details: "Deploy the DAO's treasury Safe first and pass its address.",
}));
export type OpGovFactoryTreasuryNotContractError = InstanceType<typeof OpGovFactoryTreasuryNotContractError>;

/** Every named contract error class, by Solidity error name; `decodeOpGovError` looks them up here. */
export const opgovErrorClasses = {
  OpGovNotWearer: OpGovNotWearerError,
  OpGovUnknownCell: OpGovUnknownCellError,
  OpGovUnknownDomain: OpGovUnknownDomainError,
  OpGovUnknownRound: OpGovUnknownRoundError,
  OpGovCellCompleted: OpGovCellCompletedError,
  OpGovPhaseTooEarly: OpGovPhaseTooEarlyError,
  OpGovInvalidPhaseMove: OpGovInvalidPhaseMoveError,
  OpGovCellHasActiveSubCells: OpGovCellHasActiveSubCellsError,
  OpGovUnexpectedRoundState: OpGovUnexpectedRoundStateError,
  OpGovContentMismatch: OpGovContentMismatchError,
  OpGovRoundExists: OpGovRoundExistsError,
  OpGovWindowOutOfBounds: OpGovWindowOutOfBoundsError,
  OpGovRequiredObjectorMissing: OpGovRequiredObjectorMissingError,
  OpGovTooManyObjectorHats: OpGovTooManyObjectorHatsError,
  OpGovActionCount: OpGovActionCountError,
  OpGovObjectorHatsMismatch: OpGovObjectorHatsMismatchError,
  OpGovObjectorHatIndex: OpGovObjectorHatIndexError,
  OpGovAlreadyObjected: OpGovAlreadyObjectedError,
  OpGovNoStandingObjection: OpGovNoStandingObjectionError,
  OpGovReasonRequired: OpGovReasonRequiredError,
  OpGovInsufficientBudget: OpGovInsufficientBudgetError,
  OpGovSpendingPaused: OpGovSpendingPausedError,
  OpGovNativeTokenNotPullable: OpGovNativeTokenNotPullableError,
  OpGovTokenNotAllowed: OpGovTokenNotAllowedError,
  OpGovAmountTooLarge: OpGovAmountTooLargeError,
  OpGovZeroAmount: OpGovZeroAmountError,
  OpGovZeroRecipient: OpGovZeroRecipientError,
  OpGovAllowanceAboveCap: OpGovAllowanceAboveCapError,
  OpGovAllowanceBelowDelegated: OpGovAllowanceBelowDelegatedError,
  OpGovParentAllowanceExceeded: OpGovParentAllowanceExceededError,
  OpGovInvalidEpochLength: OpGovInvalidEpochLengthError,
  OpGovEpochLengthLocked: OpGovEpochLengthLockedError,
  OpGovNotManagedHat: OpGovNotManagedHatError,
  OpGovTreasuryModuleDisabled: OpGovTreasuryModuleDisabledError,
  OpGovTreasuryTransferFailed: OpGovTreasuryTransferFailedError,
  OpGovActionOutOfScope: OpGovActionOutOfScopeError,
  OpGovActionNotAllowedInPhase: OpGovActionNotAllowedInPhaseError,
  OpGovInvalidConstraints: OpGovInvalidConstraintsError,
  OpGovPolicyBelowMinimum: OpGovPolicyBelowMinimumError,
  OpGovLimitReached: OpGovLimitReachedError,
  OpGovStaleGroupState: OpGovStaleGroupStateError,
  OpGovNotCellHat: OpGovNotCellHatError,
  OpGovNotHatAdmin: OpGovNotHatAdminError,
  OpGovHatOutsideTree: OpGovHatOutsideTreeError,
  OpGovNotDelegated: OpGovNotDelegatedError,
  OpGovUnknownSelector: OpGovUnknownSelectorError,
  OpGovFactoryInstanceExists: OpGovFactoryInstanceExistsError,
  OpGovFactoryTreasuryNotContract: OpGovFactoryTreasuryNotContractError,
} as const;

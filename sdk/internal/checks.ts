import { getAddress, isAddress, zeroAddress, zeroHash, type Address, type Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, requireWallet, type OpGovClient } from "../client.js";
import { roundId } from "../encoding/roundId.js";
import { decodeAction } from "../encoding/actions.js";
import { ActionKind, RoundState, RoundStatus, type Action, type RoundContent } from "../encoding/types.js";
import { OpGovContractError } from "../errors/contractBase.js";
import { decodeOpGovError } from "../errors/contract.js";
import {
  CellPhaseError,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  NotWearerError,
  RoundContentMismatchError,
  RoundStateError,
  UnknownCellError,
  UnknownDomainError,
  UnknownRoundError,
  WindowOutOfBoundsError,
} from "../errors/validation.js";
import { checkVia, type ViaSafe } from "../safe/viaSafe.js";
import { hatsReadAbi } from "./hatsAbi.js";

// Input validation and pre-check reads shared by the write actions. Each throws a named error
// from errors/validation.ts; none sends anything.

const MAX_UINT256 = 2n ** 256n - 1n;
/** Most actions a round or community act may carry (OpGovBase.MAX_ACTIONS). */
export const MAX_ACTIONS = 16;

/**
 * The instance and the account that acts: what every sending action starts from. The acting
 * account is the wallet's own, or with `via` the Safe (its owners and threshold are checked
 * when sending); the action's hat and objection checks run for it.
 */
export function sender(client: OpGovClient, action: string, via?: ViaSafe): { instance: Address; account: Address } {
  const instance = requireInstance(client);
  const wallet = requireWallet(client, action);
  return { instance, account: via ? checkVia(via) : getAddress(wallet.account.address) };
}

/** A valid address (lowercase or correctly checksummed), else {@link InvalidAddressError}. */
export function checkAddress(parameter: string, value: unknown, options: { allowZero?: boolean } = {}): Address {
  if (typeof value !== "string" || !isAddress(value, { strict: true })) throw new InvalidAddressError(parameter, value);
  if (!options.allowZero && value.toLowerCase() === zeroAddress) throw new InvalidParameterError(parameter, value, "a non-zero address");
  return value;
}

/** A positive bigint that fits `bits` bits, else {@link InvalidAmountError}. */
export function checkAmount(parameter: string, value: unknown, bits = 256): bigint {
  if (typeof value !== "bigint") throw new InvalidAmountError(parameter, value, "a bigint (base units)");
  if (value <= 0n) throw new InvalidAmountError(parameter, value, "above zero");
  if (value > (bits === 256 ? MAX_UINT256 : 2n ** BigInt(bits) - 1n)) throw new InvalidAmountError(parameter, value, `below 2^${bits}`);
  return value;
}

/** An unsigned integer (number or bigint) of at most `bits` bits, else {@link InvalidParameterError}. */
export function checkUint<value extends number | bigint>(parameter: string, value: value, bits: number): value {
  const ok =
    (typeof value === "bigint" || (typeof value === "number" && Number.isSafeInteger(value))) &&
    BigInt(value) >= 0n &&
    BigInt(value) < 2n ** BigInt(bits);
  if (!ok) throw new InvalidParameterError(parameter, value, `an integer from 0 to 2^${bits} - 1`);
  return value;
}

/** A 32-byte hex value, else {@link InvalidParameterError}; with `nonZero`, not all zeros. */
export function checkBytes32(parameter: string, value: unknown, options: { nonZero?: boolean } = {}): Hex {
  if (typeof value !== "string" || !/^0x[0-9a-fA-F]{64}$/.test(value)) throw new InvalidParameterError(parameter, value, "32 bytes of hex (0x + 64 digits)");
  if (options.nonZero && value === zeroHash) throw new InvalidParameterError(parameter, value, "a non-zero hash");
  return value as Hex;
}

/**
 * A list of 1 to 16 actions with known kinds whose data decodes in its kind's layout, and whose
 * allocations move a positive amount that fits 128 bits; else {@link InvalidParameterError},
 * {@link InvalidActionDataError} or {@link InvalidAmountError}.
 */
export function checkActions(parameter: string, actions: readonly Action[]): readonly Action[] {
  if (!Array.isArray(actions) || actions.length === 0 || actions.length > MAX_ACTIONS) {
    throw new InvalidParameterError(parameter, Array.isArray(actions) ? `${actions.length} actions` : actions, `1 to ${MAX_ACTIONS} actions`);
  }
  actions.forEach((a, i) => {
    if (!Number.isInteger(a.kind) || !(Object.values(ActionKind) as number[]).includes(a.kind)) throw new InvalidParameterError(`${parameter}[${i}].kind`, a.kind, "an ActionKind (0 to 6)");
    if (typeof a.data !== "string" || !a.data.startsWith("0x")) throw new InvalidParameterError(`${parameter}[${i}].data`, a.data, "hex bytes");
    const decoded = decodeAction(a);
    if (decoded.name === "Allocation") checkAmount(`${parameter}[${i}].amount`, decoded.args.amount, 128);
  });
  return actions;
}

/** Awaits a read; a revert comes back as the decoded opgov error. */
async function decoded<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw decodeOpGovError(error);
  }
}

/** The instance as a typed contract target. */
function on(client: OpGovClient) {
  return { abi: opgovAbi, address: requireInstance(client) } as const;
}

/** The cell's view, or {@link UnknownCellError}. */
export async function readCell(client: OpGovClient, cell: bigint) {
  checkUint("cell", cell, 256);
  try {
    return await decoded(client.publicClient.readContract({ ...on(client), functionName: "getCell", args: [cell] }));
  } catch (error) {
    if (error instanceof OpGovContractError && error.errorName === "OpGovUnknownCell") throw new UnknownCellError(cell, error);
    throw error;
  }
}

/** The cell's view, or {@link UnknownCellError}, or {@link CellPhaseError} if it is completed. */
export async function readLiveCell(client: OpGovClient, cell: bigint) {
  const view = await readCell(client, cell);
  if (view.phase === 4) throw new CellPhaseError(cell, "it is completed and can do nothing");
  return view;
}

/** The domain's view, or {@link UnknownDomainError}. */
export async function readDomain(client: OpGovClient, domain: number) {
  checkUint("domain", domain, 32);
  try {
    return await decoded(client.publicClient.readContract({ ...on(client), functionName: "getDomain", args: [domain] }));
  } catch (error) {
    if (error instanceof OpGovContractError && error.errorName === "OpGovUnknownDomain") throw new UnknownDomainError(domain, error);
    throw error;
  }
}

/** A domain's budget in one token as of now. */
export async function readBudget(client: OpGovClient, domain: number, token: Address) {
  return decoded(client.publicClient.readContract({ ...on(client), functionName: "getBudget", args: [domain, token] }));
}

/** The network constraints. */
export async function readConstraints(client: OpGovClient) {
  return decoded(client.publicClient.readContract({ ...on(client), functionName: "constraints" }));
}

/** The community hat. */
export async function readCommunityHat(client: OpGovClient): Promise<bigint> {
  return decoded(client.publicClient.readContract({ ...on(client), functionName: "communityHat" }));
}

/** Whether the community allows `token`, and its per-domain cap. */
export async function readTokenPolicy(client: OpGovClient, token: Address): Promise<{ allowed: boolean; cap: bigint }> {
  const [allowed, cap] = await decoded(client.publicClient.readContract({ ...on(client), functionName: "tokenPolicy", args: [token] }));
  return { allowed, cap };
}

/** The hat that resolves an escalation of a round scoped to `scope`. */
export async function readResolverHat(client: OpGovClient, scope: bigint): Promise<bigint> {
  return decoded(client.publicClient.readContract({ ...on(client), functionName: "resolverHatOf", args: [scope] }));
}

/** The objector hats the community's policy requires for `actions` in `scope`. */
export async function readRequiredObjectorHats(client: OpGovClient, scope: bigint, actions: readonly Action[]): Promise<readonly bigint[]> {
  return decoded(client.publicClient.readContract({ ...on(client), functionName: "requiredObjectorHats", args: [scope, actions] }));
}

/** One objector's objection status (see ObjectionStatus). */
export async function readObjectionStatus(client: OpGovClient, round: Hex, objector: Address): Promise<number> {
  const [status] = await decoded(client.publicClient.readContract({ ...on(client), functionName: "getObjection", args: [round, objector] }));
  return status;
}

/** The round's view as of now, or {@link UnknownRoundError}. */
export async function readRound(client: OpGovClient, round: Hex) {
  checkBytes32("round", round);
  const view = await decoded(client.publicClient.readContract({ ...on(client), functionName: "getRound", args: [round] }));
  if (view.status === RoundStatus.None) throw new UnknownRoundError(round);
  return view;
}

/** The round's view, or {@link RoundStateError} unless its state is one of `allowed`. */
export async function readRoundIn(client: OpGovClient, action: string, round: Hex, allowed: readonly number[]) {
  const view = await readRound(client, round);
  if (!allowed.includes(view.state)) throw new RoundStateError(action, round, view.state, allowed, BigInt(view.deadline));
  return view;
}

/** Checks, where the client can (revision 0), that `content` is the round's; else {@link RoundContentMismatchError}. */
export function checkContent(client: OpGovClient, round: Hex, revision: number, content: RoundContent): void {
  checkBytes32("content.salt", content.salt);
  checkBytes32("content.rationaleHash", content.rationaleHash);
  checkActions("content.actions", content.actions);
  if (revision !== 0) return; // an amended commitment is not readable; the contract checks it
  const actual = roundId({ instance: requireInstance(client), content });
  if (actual !== round) throw new RoundContentMismatchError(round, actual);
}

/** Whether `account` wears `hat` (Hats' isWearerOfHat: active, eligible, in good standing). */
export async function wears(client: OpGovClient, account: Address, hat: bigint): Promise<boolean> {
  if (hat === 0n) return false;
  return client.publicClient.readContract({ abi: hatsReadAbi, address: client.deployment.hats, functionName: "isWearerOfHat", args: [account, hat] });
}

/** {@link NotWearerError} unless `account` wears `hat`. */
export async function requireWearer(client: OpGovClient, account: Address, hat: bigint, role: string): Promise<void> {
  if (!(await wears(client, account, hat))) throw new NotWearerError(account, hat, role);
}

/** {@link WindowOutOfBoundsError} unless the window is within the community's bounds. */
export async function checkWindow(client: OpGovClient, window: number): Promise<void> {
  checkUint("window", window, 32);
  const { minWindow, maxWindow } = await readConstraints(client);
  if (window < minWindow || window > maxWindow) throw new WindowOutOfBoundsError(window, minWindow, maxWindow);
}

/** The hat that proposes for a cell: its cell hat in Conversation, else its member hat. */
export function proposerHat(cell: { phase: number; cellHat: bigint; memberHat: bigint }): bigint {
  return cell.phase === 0 ? cell.cellHat : cell.memberHat;
}

/** States in which a round is still live (may yet execute). */
export const LIVE_STATES = [RoundState.Open, RoundState.Consented, RoundState.Blocked, RoundState.Escalated, RoundState.Accepted] as const;

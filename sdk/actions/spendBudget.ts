import { zeroHash, type Address, type Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import type { OpGovClient } from "../client.js";
import {
  InsufficientBudgetError,
  SpendingPausedError,
  TokenNotAllowedError,
  type InvalidAddressError,
  type InvalidAmountError,
  type InvalidParameterError,
  type NotWearerError,
  type UnknownDomainError,
} from "../errors/validation.js";
import {
  checkAddress,
  checkAmount,
  checkBytes32,
  readBudget,
  readConstraints,
  readDomain,
  readTokenPolicy,
  requireWearer,
  sender,
} from "../internal/checks.js";
import { eventOf, type OpGovEventOf } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import type { WriteErrorType } from "./types.js";

/** What {@link spendBudget} takes. */
export type SpendBudgetParameters = WriteOptions & {
  /** The domain whose budget pays. */
  domain: number;
  /** The token (the zero address for the native token). */
  token: Address;
  /** The recipient. */
  to: Address;
  /** The amount, in the token's base units. */
  amount: bigint;
  /** A free reference recorded with the spend (an invoice hash, say); zero by default. */
  ref?: Hex | undefined;
};

/** What {@link spendBudget} returns. */
export type SpendBudgetReturnType = SentTransaction<typeof opgovAbi> & {
  /** What remains of the domain's own allowance this epoch. */
  remaining: bigint;
  /** The decoded `Spent` event. */
  spent: OpGovEventOf<"Spent">;
};

/** What {@link spendBudget} may throw. */
export type SpendBudgetErrorType =
  | InvalidAddressError
  | InvalidAmountError
  | InvalidParameterError
  | UnknownDomainError
  | NotWearerError
  | SpendingPausedError
  | TokenNotAllowedError
  | InsufficientBudgetError
  | WriteErrorType;

/**
 * Spends from a domain's budget: funds move from the treasury Safe straight to `to`, no vote.
 * Checks first (by reads) that spending is not paused, the domain exists, the caller wears its
 * spender hat, the token is allowed and the amount is within what remains this epoch.
 *
 * @param client - an opgov client with a wallet and the DAO's instance.
 * @param parameters - domain, token, recipient, amount and an optional reference.
 * @returns the transaction, its decoded events, the `Spent` event and what remains.
 * @example
 * ```ts
 * const { remaining, hash } = await spendBudget(client, { domain: 1, token: usdc, to: vendor, amount: 250_000_000n });
 * ```
 */
export async function spendBudget(client: OpGovClient, parameters: SpendBudgetParameters): Promise<SpendBudgetReturnType> {
  const action = "spendBudget";
  const { instance, account } = sender(client, action, parameters.via);
  const token = checkAddress("token", parameters.token, { allowZero: true });
  const to = checkAddress("to", parameters.to);
  const amount = checkAmount("amount", parameters.amount);
  const ref = checkBytes32("ref", parameters.ref ?? zeroHash);

  const [constraints, domain, policy] = await Promise.all([
    readConstraints(client),
    readDomain(client, parameters.domain),
    readTokenPolicy(client, token),
  ]);
  if (constraints.spendingPaused) throw new SpendingPausedError();
  await requireWearer(client, account, domain.spenderHat, `the spender hat of domain ${parameters.domain}`);
  if (!policy.allowed) throw new TokenNotAllowedError(token);
  const budget = await readBudget(client, parameters.domain, token);
  if (amount > budget.remaining) throw new InsufficientBudgetError(parameters.domain, token, amount, budget.remaining, budget.epochEnd);

  const sent = await sendContract(client, {
    abi: opgovAbi,
    address: instance,
    functionName: "spend",
    args: [parameters.domain, token, to, amount, ref],
    action,
    via: parameters.via,
  });
  const spent = eventOf(sent.events, "Spent", action);
  return { ...sent, remaining: spent.args.remaining, spent };
}

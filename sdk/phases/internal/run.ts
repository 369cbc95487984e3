import { isAddressEqual, type Address, type Hex } from "viem";
import { requireWallet, type OpGovClient } from "../../client.js";
import { decodeOpGovError } from "../../errors/contract.js";
import { TransactionRevertedError } from "../../internal/write.js";
import { PhaseNotReadyError, SetupStalledError, SetupTransactionError } from "../errors.js";
import type { PlanOptions, PlannedCall, SentSetupTransaction, SetupOptions, SetupPlan, SetupResult } from "../types.js";
import { encodeExecTransaction, preValidatedSignature, signSafeTx } from "../../safe/safeTx.js";
import { safeAbi, safeCallOf } from "./safe.js";
import { loadModel, resolve, toTransactions, type AnySpec, type Model } from "./model.js";

/** Refuses to plan a phase that needs the opgov instance before it exists. */
export function requireInstanceDeployed(phase: string): (model: Model) => void {
  return (model) => {
    if (!model.instance.deployed) throw new PhaseNotReadyError(phase, `the opgov instance ${model.instance.address} does not exist yet`);
  };
}

/** A phase's builder: queues what is missing for that phase onto the model. */
export type Builder = (model: Model) => Promise<void>;

/** Reads the chain and plans what the builders would send. */
export async function planWith(
  client: OpGovClient,
  spec: AnySpec,
  builders: readonly Builder[],
  options: PlanOptions = {},
  check?: (model: Model) => void,
): Promise<SetupPlan> {
  const model = await loadModel(client, spec, options);
  check?.(model);
  for (const build of builders) await build(model);
  return { transactions: toTransactions(model), resolved: resolve(model) };
}

/**
 * Sends a plan one transaction at a time, re-planning from the chain after each, until nothing
 * is left: a re-run after a failure starts where the chain is.
 */
export async function runSetup(
  client: OpGovClient,
  spec: AnySpec,
  builders: readonly Builder[],
  options: SetupOptions,
  action: string,
  check?: (model: Model) => void,
): Promise<SetupResult> {
  const wallet = requireWallet(client, action);
  const sent: SentSetupTransaction[] = [];
  let previous: Hex | undefined;
  let limit: number | undefined;
  for (;;) {
    const plan = await planWith(client, spec, builders, {
        operator: wallet.account.address,
        fromBlock: options.fromBlock,
        maxBlockRange: options.maxBlockRange,
        maxCallsPerTransaction: options.maxCallsPerTransaction,
        signers: (options.signers ?? []).map((signer) => signer.account.address),
      },
      check,
    );
    const next = plan.transactions[0];
    if (!next) return { transactions: sent, resolved: plan.resolved };
    limit ??= plan.transactions.length * 2 + 2;
    if (next.request.data === previous || sent.length >= limit) throw new SetupStalledError(next.description);
    const index = sent.length;
    const total = sent.length + plan.transactions.length;
    options.onProgress?.({ type: "sending", step: next.description, index, total });
    let hash: Hex;
    try {
      const request = next.via === "treasury" && options.signers?.length ? await cosigned(client, plan.resolved.treasury, wallet.account.address, next.calls, options.signers) : next.request;
      hash = await wallet.sendTransaction({ account: wallet.account, chain: wallet.chain, ...request });
    } catch (error) {
      throw new SetupTransactionError(next.description, decodeOpGovError(error));
    }
    const receipt = await client.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new SetupTransactionError(next.description, new TransactionRevertedError(action, hash));
    sent.push({ via: next.via, description: next.description, hash, gasUsed: receipt.gasUsed });
    options.onProgress?.({ type: "sent", step: next.description, index, total, hash, gasUsed: receipt.gasUsed });
    previous = next.request.data;
  }
}

/** The treasury transaction signed by the co-signers (EIP-712, for the Safe's current nonce) and, if an owner, the operator. */
async function cosigned(
  client: OpGovClient,
  treasury: Address,
  operator: Address,
  calls: readonly PlannedCall[],
  signers: NonNullable<SetupOptions["signers"]>,
): Promise<{ to: Address; data: Hex; value: bigint }> {
  const call = safeCallOf(client, calls);
  const [nonce, owners] = await Promise.all([
    client.publicClient.readContract({ address: treasury, abi: safeAbi, functionName: "nonce" }),
    client.publicClient.readContract({ address: treasury, abi: safeAbi, functionName: "getOwners" }),
  ]);
  const cosigners = signers.filter((signer) => !isAddressEqual(signer.account.address, operator));
  const signatures = await signSafeTx(client.deployment.chainId, treasury, { ...call, nonce }, cosigners);
  if (owners.some((owner) => isAddressEqual(owner, operator))) signatures.push(preValidatedSignature(operator));
  return { to: treasury, value: 0n, data: encodeExecTransaction(call, signatures) };
}

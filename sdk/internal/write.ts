import { encodeFunctionData, parseEventLogs, type Abi, type Address, type ContractEventName, type ContractFunctionArgs, type ContractFunctionName, type Hash, type ParseEventLogsReturnType, type TransactionReceipt } from "viem";
import { requireWallet, type OpGovClient } from "../client.js";
import { OpGovError } from "../errors/base.js";
import { decodeOpGovError } from "../errors/contract.js";
import { checkSafeSigners, executeAsSafe, type SafeExecution, type ViaSafe } from "../safe/viaSafe.js";

/** What every sending action reports: the transaction, its gas and its decoded events. */
export type SentTransaction<abi extends Abi> = {
  hash: Hash;
  gasUsed: bigint;
  receipt: TransactionReceipt;
  events: ParseEventLogsReturnType<abi, ContractEventName<abi>, true>;
  /** Set when the action was sent through a Safe (`via`): the Safe transaction. */
  safe?: SafeExecution | undefined;
};

/** A step of a longer job, for progress display (the CLI draws these). */
export type ProgressEvent =
  | { type: "sending"; step: string; index: number; total: number }
  | { type: "sent"; step: string; index: number; total: number; hash: Hash; gasUsed: bigint }
  | { type: "skipped"; step: string; index: number; total: number; reason: string };

/** A callback that receives {@link ProgressEvent}s. */
export type OnProgress = (event: ProgressEvent) => void;

/**
 * Simulates, sends and waits for one contract call from the client's wallet; a revert (in
 * simulation or on-chain) is thrown as the decoded opgov error. With `via`, the call is
 * simulated as the Safe and sent as a Safe transaction the wallet executes (sdk/safe/viaSafe.ts).
 * Internal: actions wrap it.
 */
export async function sendContract<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, "nonpayable" | "payable">,
>(
  client: OpGovClient,
  call: {
    abi: abi;
    address: Address;
    functionName: functionName;
    args: ContractFunctionArgs<abi, "nonpayable" | "payable", functionName>;
    value?: bigint;
    action: string;
    /** Act as this Safe (see {@link ViaSafe}). */
    via?: ViaSafe | undefined;
  },
): Promise<SentTransaction<abi>> {
  const wallet = requireWallet(client, call.action);
  try {
    const signing = call.via ? await checkSafeSigners(client, wallet.account.address, call.via) : undefined;
    const { request } = await client.publicClient.simulateContract({
      abi: call.abi,
      address: call.address,
      functionName: call.functionName,
      args: call.args,
      account: signing ? signing.safe : wallet.account,
      ...(call.value === undefined ? {} : { value: call.value }),
    } as never);
    let hash: Hash;
    let safe: SafeExecution | undefined;
    if (signing) {
      const data = encodeFunctionData({ abi: call.abi, functionName: call.functionName, args: call.args } as never);
      ({ hash, safe } = await executeAsSafe(client, wallet, signing, { to: call.address, data, value: call.value ?? 0n }));
    } else {
      hash = await wallet.writeContract(request as never);
    }
    const receipt = await client.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new TransactionRevertedError(call.action, hash);
    const events = parseEventLogs({ abi: call.abi, logs: receipt.logs, strict: true }) as SentTransaction<abi>["events"];
    return { hash, gasUsed: receipt.gasUsed, receipt, events, ...(safe ? { safe } : {}) };
  } catch (error) {
    throw decodeOpGovError(error);
  }
}

/** A transaction that passed simulation but reverted on-chain (the state changed in between). */
export class TransactionRevertedError extends OpGovError {
  override name = "TransactionRevertedError";
  readonly hash: Hash;
  constructor(action: string, hash: Hash) {
    super(`${action}: the transaction ${hash} reverted on-chain after its simulation passed.`, {
      details: "The chain changed between simulation and inclusion. Read the state again and retry.",
    });
    this.hash = hash;
  }
}

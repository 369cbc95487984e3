import { parseEventLogs, type Address, type Hex } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import { requireWallet, type OpGovClient } from "../client.js";
import { InstanceExistsError, InvalidParameterError, type InvalidAddressError } from "../errors/validation.js";
import { checkBytes32 } from "../internal/checks.js";
import { MissingEventError } from "../internal/events.js";
import type { WriteOptions } from "../safe/viaSafe.js";
import { sendContract, type SentTransaction } from "../internal/write.js";
import { checkInstanceParams, predictInstance, type InstanceParams } from "./predictInstance.js";
import type { WriteErrorType } from "./types.js";

/** The factory's ABI with opgov's errors, so a revert in the instance's constructor decodes too. */
const factoryAbi = [...opgovFactoryAbi, ...opgovAbi.filter((item) => item.type === "error")];

/** What {@link deployInstance} takes. */
export type DeployInstanceParameters = WriteOptions & { params: InstanceParams; salt: Hex };

/** What {@link deployInstance} returns. */
export type DeployInstanceReturnType = SentTransaction<typeof factoryAbi> & {
  /** The new instance (pass it to withInstance). */
  instance: Address;
};

/** What {@link deployInstance} may throw. */
export type DeployInstanceErrorType = InvalidAddressError | InvalidParameterError | InstanceExistsError | WriteErrorType;

/**
 * Deploys a DAO's opgov instance from the chain's factory at its predicted address. Checks the
 * parameters, that the treasury is a contract and that no instance exists there yet, first.
 *
 * @param client - an opgov client with a wallet (any account may deploy).
 * @param parameters - the instance's parameters and the salt.
 * @returns the instance's address and the transaction with its events.
 * @example
 * ```ts
 * const { instance } = await deployInstance(client, { params, salt });
 * const dao = withInstance(client, instance);
 * ```
 */
export async function deployInstance(client: OpGovClient, parameters: DeployInstanceParameters): Promise<DeployInstanceReturnType> {
  const action = "deployInstance";
  requireWallet(client, action);
  const params = checkInstanceParams(parameters.params);
  const salt = checkBytes32("salt", parameters.salt);
  const treasuryCode = await client.publicClient.getCode({ address: params.treasury });
  if (!treasuryCode || treasuryCode === "0x") {
    throw new InvalidParameterError("params.treasury", params.treasury, "a deployed contract (the DAO's treasury Safe)");
  }
  const predicted = await predictInstance(client, { params, salt });
  const existing = await client.publicClient.getCode({ address: predicted });
  if (existing && existing !== "0x") throw new InstanceExistsError(predicted);

  const sent = await sendContract(client, {
    abi: factoryAbi,
    address: client.deployment.opgov.factory,
    functionName: "deploy",
    args: [params, salt],
    action,
    via: parameters.via,
  });
  const deployed = parseEventLogs({ abi: opgovFactoryAbi, logs: sent.receipt.logs, eventName: "OpGovDeployed" })[0];
  if (!deployed) throw new MissingEventError(action, "OpGovDeployed");
  return { ...sent, instance: deployed.args.instance };
}

import { keccak256 } from "viem";
import { DEFAULT_DEPLOYMENTS_DIR, writeDeploymentRecord } from "../../../deploy/deployments.js";
import { deployOpGov } from "../../../deploy/deployOpGov.js";
import type { OpGovDeploymentRecord } from "../../../sdk/chains/deployments.js";
import type { Command, Io } from "../command.js";
import { connectRpc, DEFAULT_RPC_URL, loadDeployment, loadSigner, walletFor } from "../context.js";
import { BadArgumentError, CliError, EXIT } from "../errors.js";

/** Prints a deployment record's addresses. */
export function printRecord(io: Io, record: OpGovDeploymentRecord): void {
  io.out(`chain ${record.chainId}${record.local ? " (development chain)" : ""}, checked at block ${record.block.number}`);
  io.out(`  Hats v1            ${record.hats}`);
  io.out(`  opgov factory      ${record.opgov.factory}`);
  io.out(`  opgov extension    ${record.opgov.extension}`);
  io.out(`  opgov lens         ${record.opgov.lens}`);
  if (record.opgov.cellSafeSetup) io.out(`  CellSafeSetup      ${record.opgov.cellSafeSetup}`);
  io.out(`  Safe 1.5.0         ${record.safe.safe}`);
  io.out(`  SafeProxyFactory   ${record.safe.safeProxyFactory}`);
  io.out(`  MultiSend          ${record.safe.multiSend}`);
  for (const [symbol, address] of Object.entries(record.testTokens ?? {})) io.out(`  ${`${symbol} (test token)`.padEnd(19)}${address}`);
}

export const deployCommand: Command = {
  name: "deploy",
  summary: "deploy opgov's factory and implementations to a chain and record them",
  usage: "deploy [--rpc URL] [--key-file PATH] [--deployments DIR] [--mode auto|local|live]",
  description:
    "Deploys the opgov lens, extension, factory and cell-Safe setup hook (CellSafeSetup) through the Safe\n" +
    "singleton factory with a fixed salt: the same addresses on every chain. Skips what is already there, so\n" +
    "re-running is safe. On a development chain (mode local; auto = chain 31337 or 1337) it first installs the\n" +
    "singleton factory, Safe 1.5.0, the Hats-compatible contract and Multicall3; on a live chain (mode live) it\n" +
    "checks that the singleton factory, Safe 1.5.0 and Hats v1 exist. Writes <DIR>/<chainId>.json.",
  options: { mode: { type: "string", value: "MODE", description: "auto (default), local or live" } },
  globals: ["rpc", "key-file", "deployments"],
  positionals: { min: 0, max: 0, names: "" },
  async run({ values, io, env }) {
    const mode = (values.mode as string | undefined) ?? "auto";
    if (mode !== "auto" && mode !== "local" && mode !== "live") throw new BadArgumentError(`--mode must be auto, local or live, got ${JSON.stringify(mode)}.`, { command: "deploy" });
    const account = loadSigner({ command: "deploy", keyFile: values["key-file"] as string | undefined, env });
    const connection = await connectRpc((values.rpc as string | undefined) ?? DEFAULT_RPC_URL);
    const walletClient = walletFor(connection, account);
    io.err(`Deploying opgov to chain ${connection.chainId} from ${account.address}...`);
    const { record, transactionHashes, gasUsed } = await deployOpGov({
      provider: { request: (args) => connection.publicClient.request(args as never) },
      publicClient: connection.publicClient,
      walletClient,
      mode,
    });
    const path = writeDeploymentRecord((values.deployments as string | undefined) ?? DEFAULT_DEPLOYMENTS_DIR, record);
    io.err(transactionHashes.length ? `Sent ${transactionHashes.length} transaction(s), ${gasUsed} gas.` : "Everything was in place already.");
    printRecord(io, record);
    io.out(`Recorded in ${path}`);
    return EXIT.ok;
  },
};

/** The recorded code is not what the chain holds. */
export class DeploymentMismatchError extends CliError {
  override name = "DeploymentMismatchError";
  constructor({ chainId, mismatches }: { chainId: number; mismatches: string[] }) {
    super(`The deployment recorded for chain ${chainId} does not match the chain.`, EXIT.deployment, {
      metaMessages: mismatches,
      details: "The chain was reset or redeployed since the record was written: run `opgov deploy` (or restart `opgov node`).",
    });
  }
}

export const deploymentCommand: Command = {
  name: "deployment",
  summary: "show opgov's deployment on the chain behind --rpc and check it against the chain",
  usage: "deployment [--rpc URL] [--deployments PATH]",
  description:
    "Reads the chain id from the node, finds the chain's record in the deployments folder and checks that each\n" +
    "recorded contract holds the recorded code.",
  options: {},
  globals: ["rpc", "deployments"],
  positionals: { min: 0, max: 0, names: "" },
  async run({ values, io }) {
    const connection = await connectRpc((values.rpc as string | undefined) ?? DEFAULT_RPC_URL);
    const record = loadDeployment(connection, values.deployments as string | undefined);
    const mismatches: string[] = [];
    const checks = [
      ["hats", record.hats],
      ["factory", record.opgov.factory],
      ["extension", record.opgov.extension],
      ["lens", record.opgov.lens],
    ] as const;
    for (const [name, address] of checks) {
      const code = await connection.publicClient.getCode({ address });
      if (!code || code === "0x") mismatches.push(`${name}: no code at ${address}`);
      else if (keccak256(code) !== record.codeHashes[name]) mismatches.push(`${name}: other code at ${address} than recorded`);
    }
    if (mismatches.length) throw new DeploymentMismatchError({ chainId: connection.chainId, mismatches });
    printRecord(io, record);
    io.out("Every recorded contract holds the recorded code.");
    return EXIT.ok;
  },
};

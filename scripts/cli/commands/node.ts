import { formatUnits } from "viem";
import { DEFAULT_DEPLOYMENTS_DIR, writeDeploymentRecord } from "../../../deploy/deployments.js";
import type { Command } from "../command.js";
import { BadArgumentError, EXIT } from "../errors.js";
import { printRecord } from "./deploy.js";

export const nodeCommand: Command = {
  name: "node",
  summary: "run a local chain with Hats, Safe and opgov in place, until Ctrl-C",
  usage: "node [--port N] [--host HOST] [--deployments DIR]",
  description:
    "Starts Hardhat 3's in-process chain (chain id 31337), installs the Safe singleton factory, Safe 1.5.0, the\n" +
    "Hats-compatible contract at Hats v1's address, Multicall3 and the opgov contracts, deploys the TUSD test token (same\n" +
    "address on every start; 10,000 TUSD minted to each development account), serves JSON-RPC over HTTP, writes\n" +
    "<DIR>/31337.json and prints the funded development accounts. Ctrl-C stops it. The chain lives in memory:\n" +
    "each start is a fresh chain. `opgov apply` funds a new treasury there (100,000 TUSD and 10 ETH).",
  options: {
    port: { type: "string", short: "p", value: "N", description: "port to listen on (default 8545; 0 = any free port)" },
    host: { type: "string", value: "HOST", description: "address to listen on (default 127.0.0.1)" },
  },
  globals: ["deployments"],
  positionals: { min: 0, max: 0, names: "" },
  async run({ values, io }) {
    const portText = (values.port as string | undefined) ?? "8545";
    const port = Number(portText);
    if (!/^[0-9]+$/.test(portText) || port > 65_535) throw new BadArgumentError(`--port must be a port number (0-65535), got ${JSON.stringify(portText)}.`, { command: "node" });
    const { startLocalNode, formatBalance } = await import("../../../deploy/local/node.js");
    io.err("Starting the local chain and installing Safe, Hats, opgov and the TUSD test token...");
    const host = (values.host as string | undefined) ?? "127.0.0.1";
    let node;
    try {
      node = await startLocalNode({ port, host });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === "EADDRINUSE")
        throw new BadArgumentError(`Port ${port} on ${host} is in use (another node?). Stop it or pass --port.`, { command: "node", cause });
      throw cause;
    }
    const path = writeDeploymentRecord((values.deployments as string | undefined) ?? DEFAULT_DEPLOYMENTS_DIR, node.record);

    io.out(`opgov node: JSON-RPC at ${node.url} (chain ${node.chainId})`);
    printRecord(io, node.record);
    io.out(`Deployment recorded in ${path}`);
    io.out("");
    io.out("Funded development accounts (Hardhat's public test keys: never use them on a live chain):");
    node.accounts.forEach((account, index) => {
      io.out(`  #${index} ${account.address} (${formatBalance(account.balance)}, ${formatUnits(account.tusd, 18)} TUSD)`);
      if (account.privateKey) io.out(`      key ${account.privateKey}`);
    });
    io.out("");
    io.out("Ready. Ctrl-C to stop.");

    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        process.off("SIGINT", onInt);
        process.off("SIGTERM", onTerm);
        io.err(`\n${signal}: stopping the local chain...`);
        resolve();
      };
      const onInt = () => stop("SIGINT");
      const onTerm = () => stop("SIGTERM");
      process.on("SIGINT", onInt);
      process.on("SIGTERM", onTerm);
    });
    await node.close();
    io.err("Stopped.");
    return EXIT.ok;
  },
};

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getAddress, type Address } from "viem";
import { parse, stringify } from "yaml";
import { serveJsonRpc, type JsonRpcServer } from "../../deploy/local/server.js";
import { loadLocalChain, type LocalChain } from "../fixtures/chain.js";
import { runOpgovInProcess, type RunResult } from "./run.js";

// A chain for the CLI's chain commands: the bootstrapped in-process chain behind a JSON-RPC
// server (whose provider can be told to fail a send), opgov's deployment record written by
// `opgov deploy`, a test token, and the example spec pointed at it.

/** Hardhat's public development keys (never use them on a live chain), by account index. */
export const DEV_KEYS = {
  1: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  3: "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  5: "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  7: "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
  9: "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
} as const;

/** The example spec's people: the operator (treasury owner), ops member alice, events member carol, research member eve, a stranger. */
export const KEYS = { operator: DEV_KEYS[1], alice: DEV_KEYS[3], carol: DEV_KEYS[5], eve: DEV_KEYS[7], stranger: DEV_KEYS[9] } as const;

const EXAMPLE = fileURLToPath(new URL("../../spec/organisation.example.yaml", import.meta.url));

/** What a fault-injecting provider does on the N-th `eth_sendRawTransaction`. */
export type Fault = { at: number; mode: "before" | "after" } | undefined;

export type CliChain = {
  chain: LocalChain;
  server: JsonRpcServer;
  dir: string;
  deployments: string;
  token: Address;
  /** Sets (or clears) the fault of the next sends; counting restarts. */
  setFault(fault: Fault): void;
  /** `eth_sendRawTransaction`s that reached the chain since the last `setFault`. */
  sends(): number;
  /** Runs `opgov` in-process against this chain, as `key` when given. */
  opgov(args: readonly string[], key?: string): Promise<RunResult>;
  /** Writes a spec (the example, with the test token, changed by `mutate`) and returns its path. */
  writeSpec(name: string, mutate?: (doc: any) => void): string;
  snapshot(): Promise<string>;
  revert(id: string): Promise<void>;
};

/** Starts the chain, the server and the deployment record (once per test file). */
export async function startCliChain(): Promise<CliChain> {
  const chain = await loadLocalChain();
  const token = (await chain.connection.viem.deployContract("TestToken", ["Test USD", "TUSD"])).address;
  let fault: Fault;
  let sends = 0;
  const provider = {
    request: async (args: { method: string; params?: unknown }) => {
      if (args.method === "eth_sendRawTransaction") {
        sends += 1;
        if (fault && sends === fault.at) {
          if (fault.mode === "after") await chain.provider.request(args as never);
          else sends -= 1;
          throw Object.assign(new Error("injected failure: the connection dropped"), { code: -32603 });
        }
      }
      return chain.provider.request(args as never);
    },
  };
  const server = await serveJsonRpc(provider as never, { port: 0 });
  const dir = mkdtempSync(join(tmpdir(), "opgov-cli-chain-"));
  const deployments = join(dir, "deployments");
  const deployed = await runOpgovInProcess(["deploy", "--rpc", server.url, "--deployments", deployments], { env: { OPGOV_PRIVATE_KEY: KEYS.operator } });
  if (deployed.code !== 0) throw new Error(`opgov deploy failed: ${deployed.stderr}`);
  const rpc = ["--rpc", server.url, "--deployments", deployments];
  return {
    chain,
    server,
    dir,
    deployments,
    token: getAddress(token),
    setFault(next) {
      fault = next;
      sends = 0;
    },
    sends: () => sends,
    opgov: (args, key) => runOpgovInProcess([...args, ...rpc], { env: key ? { OPGOV_PRIVATE_KEY: key } : {} }),
    writeSpec(name, mutate) {
      const doc = parse(readFileSync(EXAMPLE, "utf8"));
      doc.tokens[1].address = getAddress(token);
      mutate?.(doc);
      const path = join(dir, name);
      writeFileSync(path, stringify(doc));
      return path;
    },
    snapshot: async () => (await chain.provider.request({ method: "evm_snapshot" })) as string,
    async revert(id) {
      await chain.provider.request({ method: "evm_revert", params: [id] });
    },
  };
}

import { hexToBigInt, type Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveJsonRpc, type JsonRpcServer } from "../../deploy/local/server.js";
import { KEYS, startCliChain, type CliChain } from "./orgChain.js";
import { runOpgovInProcess } from "./run.js";

// --max-block-range: parsed strictly before any connection, and handed to the SDK client the
// commands build, so every eth_getLogs they send spans at most that many blocks. A second JSON-RPC
// server in front of the same chain records the block range of each eth_getLogs it answers.

const VENDOR = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
const REFUSAL =
  /BadArgumentError: --max-block-range must be the most blocks your RPC provider allows in one eth_getLogs query, a whole number from 1 to 1000000000 \(e\.g\. 10000; leave it out for no limit\)/;

let env: CliChain;
let spec: string;
let recorder: JsonRpcServer;
/** The [from, to] of every eth_getLogs since the last reset, as sent (block tags kept as tags). */
const ranges: [string, string][] = [];

beforeAll(async () => {
  env = await startCliChain();
  spec = env.writeSpec("organisation.yaml");
  const applied = await env.opgov(["apply", spec], KEYS.operator);
  if (applied.code !== 0) throw new Error(applied.stderr);
  // A round, so that status reads round events as well as the setup's.
  const round = ["propose", "allocation", "--cell", "events", "--domain", "events.meetups", "--amount", "50 TUSD", "--to", VENDOR];
  const proposed = await env.opgov([...round, "--window", "1h", "--rationale", "ipfs://why", "--spec", spec], KEYS.carol);
  if (proposed.code !== 0) throw new Error(proposed.stderr);
  const provider = {
    request: async (args: { method: string; params?: unknown }) => {
      if (args.method === "eth_getLogs") {
        const [filter] = args.params as [{ fromBlock: string; toBlock: string }];
        ranges.push([filter.fromBlock, filter.toBlock]);
      }
      return env.chain.provider.request(args as never);
    },
  };
  recorder = await serveJsonRpc(provider as never, { port: 0 });
});
afterAll(async () => {
  await recorder?.close();
  await env?.server.close();
});

/** Runs `opgov` against the recording server and returns its result with the eth_getLogs ranges it sent. */
async function recorded(args: string[]) {
  ranges.length = 0;
  const result = await runOpgovInProcess([...args, "--rpc", recorder.url, "--deployments", env.deployments]);
  return { ...result, ranges: [...ranges] };
}

const span = ([from, to]: [string, string]) => (from.startsWith("0x") && to.startsWith("0x") ? hexToBigInt(to as Hex) - hexToBigInt(from as Hex) + 1n : undefined);

describe("--max-block-range", () => {
  it.each([
    ["0", /got "0"/],
    ["-5", /got "-5"/],
    ["abc", /got "abc"/],
    ["1.5", /got "1\.5"/],
    ["1e4", /got "1e4"/],
    ["10,000", /got "10,000"/],
    ["", /got ""/],
    ["1000000001", /got "1000000001"/],
    ["99999999999999999999999999", /got "99999999999999999999999999"/],
  ])("refuses %j with exit 2 before connecting, saying what it takes", async (value, got) => {
    for (const args of [["status"], ["plan", spec], ["apply", spec], ["execute", "0x01"]]) {
      const { code, stderr } = await runOpgovInProcess([...args, `--max-block-range=${value}`, "--rpc", "http://127.0.0.1:9"], {
        env: { OPGOV_PRIVATE_KEY: KEYS.operator },
      });
      expect(stderr).toMatch(REFUSAL);
      expect(stderr).toMatch(got);
      expect(stderr).toContain(`See \`opgov ${args[0]} --help\`.`);
      expect(stderr).not.toContain("RpcUnreachableError");
      expect(code).toBe(2);
    }
  });

  it("refuses a missing value, and is not taken by commands that read no logs", async () => {
    const missing = await runOpgovInProcess(["status", "--max-block-range"]);
    expect(missing.stderr).toMatch(/BadArgumentError: Option '--max-block-range <value>' argument missing/);
    expect(missing.code).toBe(2);
    const deploy = await runOpgovInProcess(["deployment", "--max-block-range", "10"]);
    expect(deploy.stderr).toContain("BadArgumentError: Unknown option '--max-block-range'.");
    expect(deploy.code).toBe(2);
  });

  it("is listed in `opgov --help` and in the help of every command that reads logs", async () => {
    const main = await runOpgovInProcess(["--help"]);
    expect(main.stdout).toMatch(/^ {6}--max-block-range BLOCKS most blocks per eth_getLogs request/m);
    for (const command of ["plan", "apply", "status", "spend", "propose", "object", "withdraw", "amend", "escalate", "resolve", "execute"]) {
      const { stdout } = await runOpgovInProcess([command, "--help"]);
      expect(stdout, command).toContain("--max-block-range BLOCKS");
    }
  });

  it("pages every eth_getLogs of status by that many blocks, with the same output as without it", async () => {
    const latest = await env.chain.publicClient.getBlockNumber({ cacheTime: 0 });
    const whole = await recorded(["status", "--spec", spec]);
    expect(whole.stderr).toBe("");
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/allocate 50 TUSD/);
    // Without the option: one request per query, over the whole chain (a block tag or more than one block).
    expect(whole.ranges.some((range) => span(range) === undefined || span(range)! > 1n)).toBe(true);

    const paged = await recorded(["status", "--spec", spec, "--max-block-range", "1"]);
    expect(paged.stderr).toBe("");
    expect(paged.code).toBe(0);
    expect(paged.stdout).toBe(whole.stdout);
    // With it: one block per request, block numbers rather than tags, each query a page per block.
    expect(paged.ranges.map(span).filter((blocks) => blocks !== 1n)).toEqual([]);
    expect(BigInt(paged.ranges.length)).toBeGreaterThanOrEqual(latest + 1n);
    expect(paged.ranges.length).toBeGreaterThan(whole.ranges.length);

    const json = await recorded(["status", "--spec", spec, "--json"]);
    const jsonPaged = await recorded(["status", "--spec", spec, "--json", "--max-block-range", "5"]);
    expect(jsonPaged.stdout).toBe(json.stdout);
    expect(jsonPaged.ranges.every((range) => span(range) !== undefined && span(range)! <= 5n)).toBe(true);
  });

  it("pages plan's reads too (the spec commands build their own client)", async () => {
    const whole = await recorded(["plan", spec]);
    expect(whole.code).toBe(0);
    const paged = await recorded(["plan", spec, "--max-block-range", "3"]);
    expect(paged.stderr).toBe(whole.stderr);
    expect(paged.code).toBe(0);
    expect(paged.stdout).toBe(whole.stdout);
    expect(paged.ranges.length).toBeGreaterThan(whole.ranges.length);
    expect(paged.ranges.every((range) => span(range) !== undefined && span(range)! <= 3n)).toBe(true);
  });
});

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveJsonRpc, type JsonRpcServer } from "../../deploy/local/server.js";
import { parseDeploymentRecord } from "../../sdk/chains/deployments.js";
import { createChain } from "../fixtures/chain.js";
import { closedPort, runOpgov, runOpgovInProcess } from "./run.js";

const work = mkdtempSync(join(tmpdir(), "opgov-cli-"));
// Hardhat's account #1: a public development key.
const DEV_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const ALL_COMMANDS = ["init", "validate", "node", "deploy", "deployment", "plan", "apply", "status", "spend", "propose", "object", "withdraw", "amend", "escalate", "resolve", "execute"];

describe("opgov --help", () => {
  it("lists every command, the chain options and the exit codes, and exits 0", async () => {
    const { code, stdout } = await runOpgov(["--help"]);
    expect(code).toBe(0);
    for (const command of ALL_COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    for (const option of ["--rpc URL", "--key-file PATH", "--deployments PATH"]) expect(stdout).toContain(option);
    expect(stdout).toMatch(/^  8  the signer \(or the --via-safe Safe\) does not wear the hat/m);
    expect(stdout).toMatch(/^  9  not enough budget left/m);
    expect(stdout).toMatch(/^ 10  the round's state does not allow the step/m);
  });

  it.each(ALL_COMMANDS)("`opgov %s --help` shows its usage and options", async (command) => {
    const { code, stdout } = await runOpgovInProcess([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: opgov ${command}`));
    expect(stdout).toContain("-h, --help");
  });

  it("prints the help on stderr and exits 2 without a command", async () => {
    const { code, stderr } = await runOpgov([]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: opgov <command>");
  });

  it("runs on this machine's older Node by re-executing with the project's Node 22", async () => {
    let system: string;
    try {
      system = execFileSync("which", ["-a", "node"], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .find((path) => !path.includes("node_modules")) ?? "";
    } catch {
      system = "";
    }
    if (!system) return;
    const { code, stdout } = await runOpgov(["--version"], { node: system });
    expect({ code, stdout: stdout.trim() }).toEqual({ code: 0, stdout: "0.1.0" });
  });
});

describe("bad command lines (exit 2)", () => {
  it("exits 2 from the bin for an unknown option", async () => {
    const { code, stderr } = await runOpgov(["validate", "--bogus"], { cwd: work });
    expect(stderr).toContain("BadArgumentError: Unknown option '--bogus'.");
    expect(code).toBe(2);
  });

  it.each([
    [["valdate", "x.yaml"], /BadArgumentError: Unknown command "valdate"\. Did you mean validate\?/],
    [["validate", "--bogus"], /BadArgumentError: Unknown option '--bogus'/],
    [["validate"], /BadArgumentError: opgov validate needs <spec>/],
    [["validate", "a.yaml", "b.yaml"], /BadArgumentError: Unexpected argument "b\.yaml"/],
    [["init", "--rpc", "http://x"], /BadArgumentError: Unknown option '--rpc'/],
    [["--rpc", "http://x", "deployment"], /BadArgumentError: Expected a command before "--rpc"/],
    [["node", "--port", "99999"], /BadArgumentError: --port must be a port number/],
    [["deployment", "--rpc", "ftp://example.org"], /BadArgumentError: --rpc must be an http\(s\) URL/],
    [["deploy", "--mode", "sideways"], /BadArgumentError: --mode must be auto, local or live/],
  ])("opgov %j", async (args, message) => {
    const { code, stderr } = await runOpgovInProcess(args);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  it.each([
    [["plan"], /BadArgumentError: opgov plan needs <spec>/],
    [["apply"], /BadArgumentError: opgov apply needs <spec>/],
    [["propose"], /BadArgumentError: opgov propose needs <kind>/],
    [["execute"], /BadArgumentError: opgov execute needs <round>/],
    [["spend", "ops.infra", "--instance", "0x1234"], /BadArgumentError: --instance must be an address/],
    [["propose", "allocation", "--cell", "ops", "--rationale", "ipfs://r", "--window", "3 days"], /BadArgumentError: --window must be a duration with a unit/],
  ])("opgov %j (the chain commands check their arguments before connecting)", async (args, message) => {
    const { code, stderr } = await runOpgovInProcess(args, { env: { OPGOV_PRIVATE_KEY: DEV_KEY } });
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });
});

describe("opgov init and validate", () => {
  it("writes the documented example, refuses to overwrite it without --force, and validates it", async () => {
    const path = join(work, "organisation.yaml");
    const first = await runOpgov(["init", path]);
    expect(first.code).toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/^# opgov organisation spec/);

    const again = await runOpgovInProcess(["init", path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("FileExistsError");
    expect((await runOpgovInProcess(["init", path, "--force"])).code).toBe(0);

    const valid = await runOpgov(["validate", path]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain(`${path} is valid.`);
    expect(valid.stdout).toMatch(/^ {6}domain meetups \(from ops\.outreach\): 2000 TUSD \/ 30d$/m);
  });

  it("writes JSON for a .json path, and `validate --json` prints chain units", async () => {
    const path = join(work, "organisation.json");
    expect((await runOpgovInProcess(["init", path])).code).toBe(0);
    const spec = JSON.parse(readFileSync(path, "utf8"));
    expect(spec.cells).toHaveLength(3);
    const { code, stdout } = await runOpgovInProcess(["validate", path, "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.cells[2].domains[0].budgets[0]).toEqual({ token: "TUSD", allowance: "1000000000000000000000", epoch: 604_800 });
  });

  it("lists every problem of an invalid spec with its path and exits 6", async () => {
    const path = join(work, "bad.yaml");
    const text = readFileSync(join(work, "organisation.yaml"), "utf8").replace("epoch: 7d", "epoch: 400d").replace("parent: ops", "parent: opz");
    writeFileSync(path, text);
    const { code, stderr } = await runOpgov(["validate", path]);
    expect(code).toBe(6);
    expect(stderr).toContain("InvalidSpecError: The organisation spec");
    expect(stderr).toMatch(/^cells\[2\]\.domains\[0\]\.budgets\[0\]\.epoch: must be between 1d and 366d, got "400d"$/m);
    expect(stderr).toMatch(/^cells\[1\]\.parent: names cell "opz", which is not in cells$/m);
  });

  it("exits 6 for a spec file that does not exist", async () => {
    const { code, stderr } = await runOpgovInProcess(["validate", join(work, "missing.yaml")]);
    expect(code).toBe(6);
    expect(stderr).toContain("SpecFileError");
  });
});

describe("chain options", () => {
  let server: JsonRpcServer;
  beforeAll(async () => {
    // A fresh in-process chain (nothing deployed), served over HTTP like any node.
    const chain = await createChain();
    server = await serveJsonRpc(chain.provider, { port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("reports an unreachable RPC (a closed port) with exit 3", async () => {
    const port = await closedPort();
    const { code, stderr } = await runOpgov(["deployment", "--rpc", `http://127.0.0.1:${port}`]);
    expect(stderr).toContain(`RpcUnreachableError: Cannot reach the JSON-RPC endpoint http://127.0.0.1:${port}.`);
    expect(stderr).toContain("opgov node");
    expect(code).toBe(3);
  });

  it("asks for a key before touching the chain (exit 4), never accepting one as an argument", async () => {
    const missing = await runOpgovInProcess(["deploy", "--rpc", server.url]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/MissingKeyError[\s\S]*OPGOV_PRIVATE_KEY[\s\S]*--key-file/);
    const asArgument = await runOpgovInProcess(["deploy", "--rpc", server.url, "--key", DEV_KEY]);
    expect(asArgument.code).toBe(2);
    expect(asArgument.stderr).not.toContain(DEV_KEY.slice(2));
  });

  it("rejects a bad key file or a bad key in the environment (exit 4) without printing it", async () => {
    const keyFile = join(work, "bad.key");
    writeFileSync(keyFile, "0xnot-a-key-at-all\n");
    const bad = await runOpgovInProcess(["deploy", "--rpc", server.url, "--key-file", keyFile]);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain(`BadKeyFileError: The key file ${keyFile} does not hold a private key.`);
    expect(bad.stderr).not.toContain("not-a-key");
    const missingFile = await runOpgovInProcess(["deploy", "--rpc", server.url, "--key-file", join(work, "none.key")]);
    expect(missingFile.stderr).toContain("does not exist");
    expect(missingFile.code).toBe(4);
    const badEnv = await runOpgovInProcess(["deploy", "--rpc", server.url], { env: { OPGOV_PRIVATE_KEY: "0x1234" } });
    expect(badEnv.code).toBe(4);
    expect(badEnv.stderr).toContain("BadKeyError");
  });

  it("reports a chain without a deployment (exit 5)", async () => {
    const empty = mkdtempSync(join(tmpdir(), "opgov-empty-"));
    const { code, stderr } = await runOpgovInProcess(["deployment", "--rpc", server.url, "--deployments", empty]);
    expect(stderr).toContain("DeploymentNotFoundError: opgov has no deployment recorded for chain 31337.");
    expect(code).toBe(5);
  });

  it("deploys to a fresh development chain with a key file, records it, re-runs idempotently, and checks it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "opgov-deploy-"));
    const keyFile = join(dir, "dev.key");
    writeFileSync(keyFile, `${DEV_KEY}\n`);
    const first = await runOpgov(["deploy", "--rpc", server.url, "--key-file", keyFile, "--deployments", dir]);
    expect(first.stderr).toMatch(/Sent \d+ transaction\(s\)/);
    expect(first.code).toBe(0);
    const record = parseDeploymentRecord(JSON.parse(readFileSync(join(dir, "31337.json"), "utf8")));
    expect(record.local).toBe(true);
    expect(first.stdout).toContain(record.opgov.factory);

    const again = await runOpgovInProcess(["deploy", "--rpc", server.url, "--deployments", dir], { env: { OPGOV_PRIVATE_KEY: DEV_KEY } });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("Everything was in place already.");

    const check = await runOpgovInProcess(["deployment", "--rpc", server.url, "--deployments", join(dir, "31337.json")]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Every recorded contract holds the recorded code.");
    expect(existsSync(join(dir, "31337.json"))).toBe(true);
  });

  it("refuses a live deployment where Hats and Safe are missing (exit 5)", async () => {
    const fresh = await createChain();
    const live = await serveJsonRpc(fresh.provider, { port: 0 });
    try {
      const { code, stderr } = await runOpgovInProcess(["deploy", "--rpc", live.url, "--mode", "live"], { env: { OPGOV_PRIVATE_KEY: DEV_KEY } });
      expect(stderr).toMatch(/MissingPrerequisiteError: Chain 31337 lacks contracts opgov needs\.[\s\S]*Hats v1: no code at 0x3bc1A0Ad72417f2d411118085256fC53CBdDd137/);
      expect(code).toBe(5);
    } finally {
      await live.close();
    }
  });
});

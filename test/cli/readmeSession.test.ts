import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPublicClient, erc20Abi, http, parseUnits, type Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictTestToken } from "../../deploy/local/testTokens.js";
import { runOpgovInProcess, startOpgovNode, type OpgovNodeProcess, type RunResult } from "./run.js";

// The README's "Day to day: an example session", run as written: the shell block is read from
// README.md and each line is run in order against `opgov node` (the bin, on a free port) in a
// fresh folder. The only changes: every chain command gets `--rpc` (the node's port) and
// `--deployments` (the test's folder), `$NAME` takes the values the block assigns, a value with
// `…` is the round id `propose` printed, and `curl -d` posts its body to the node.

const README = fileURLToPath(new URL("../../README.md", import.meta.url));
const VENDOR: Address = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";

/** The sh block under the "Day to day: an example session" heading, as logical lines (continuations joined). */
export function readmeSessionLines(markdown: string): string[] {
  const section = markdown.slice(markdown.indexOf("### Day to day: an example session"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md has no sh block under 'Day to day: an example session'");
  return block.replace(/\\\n\s*/g, "").split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
}

/** Splits a shell line into words: single and double quotes, `# comments`, `$NAME` expanded. */
export function shellWords(line: string, vars: Readonly<Record<string, string>>): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      const text = line.slice(i + 1, end);
      word = (word ?? "") + (c === '"' ? expand(text, vars) : text);
      i = end;
    } else if (c === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "#" && word === undefined) break;
    else if (c === "$") {
      const name = /^\$([A-Z_][A-Z0-9_]*)/.exec(line.slice(i))![1]!;
      word = (word ?? "") + (vars[name] ?? "");
      i += name.length;
    } else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

function expand(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\$([A-Z_][A-Z0-9_]*)/g, (_m, name: string) => vars[name] ?? "");
}

describe("the README's example session", () => {
  const dir = mkdtempSync(join(tmpdir(), "opgov-readme-"));
  const deployments = join(dir, "deployments");
  const lines = readmeSessionLines(readFileSync(README, "utf8"));
  let node: OpgovNodeProcess;
  let home: string;

  beforeAll(async () => {
    node = await startOpgovNode(deployments);
    home = process.cwd();
    process.chdir(dir); // `organisation.yaml` and the default `--spec` are relative to the shell's folder
  });
  afterAll(async () => {
    if (home) process.chdir(home);
    if (node && node.child.exitCode === null) {
      node.child.kill("SIGINT");
      await node.exited;
    }
  });

  it("runs line by line and ends with the round executed and the vendor paid", async () => {
    expect(lines[0]).toMatch(/^npx opgov node\b/);
    const vars: Record<string, string> = {};
    const outputs: { line: string; result: RunResult }[] = [];
    let proposed: string | undefined;
    for (const line of lines.slice(1)) {
      if (line.trimStart().startsWith("#")) continue;
      const words = shellWords(line, vars);
      // Assignments, with or without `export`, and a command after `NAME=value` prefixes.
      const env: Record<string, string> = {};
      for (;;) {
        const exported = words[0] === "export";
        const assignment = words[exported ? 1 : 0];
        if (assignment === undefined || !/^[A-Z_][A-Z0-9_]*=/.test(assignment)) break;
        const [name, ...rest] = assignment.split("=");
        const value = rest.join("=").includes("…") ? proposed! : rest.join("=");
        if (exported || words.length === 1) vars[name!] = value;
        else env[name!] = value;
        words.splice(0, exported ? 2 : 1);
      }
      if (words.length === 0) continue;
      if (words[0] === "curl") {
        const body = words[words.indexOf("-d") + 1]!;
        const response = await fetch(node.url, { method: "POST", headers: { "content-type": "application/json" }, body });
        expect(response.ok, line).toBe(true);
        continue;
      }
      expect(words.slice(0, 2), line).toEqual(["npx", "opgov"]);
      const args = words.slice(2);
      const chain = args[0] === "init" ? [] : ["--rpc", node.url, "--deployments", deployments];
      const key = env.OPGOV_PRIVATE_KEY ?? vars.OPGOV_PRIVATE_KEY;
      const result = await runOpgovInProcess([...args, ...chain], { env: key ? { OPGOV_PRIVATE_KEY: key } : {} });
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
      outputs.push({ line, result });
      proposed = /Proposed round (0x[0-9a-f]{64})/.exec(result.stdout)?.[1] ?? proposed;
    }

    const out = (command: string) => outputs.filter((o) => o.line.includes(`opgov ${command}`)).map((o) => o.result.stdout);
    // init wrote the example with the node's test token; apply funded the treasury once.
    expect(readFileSync(join(dir, "organisation.yaml"), "utf8")).toContain(predictTestToken());
    expect(out("apply")[0]).toMatch(/^Funded the treasury \(a local chain from `opgov node`\): 100,000 TUSD minted, 10 ETH sent by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8\.$/m);
    expect(out("propose")[0]).toMatch(/^Proposed round 0x[0-9a-f]{64}: allocate 50 TUSD to 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720 from domain events\.meetups\.$/m);
    expect(out("execute")[0]).toMatch(/^Executed round 0x[0-9a-f]{64} \(revision 1, 1 action\(s\)\)\.$/m);
    const finalStatus = out("status").at(-1)!;
    expect(finalStatus).toMatch(/round 0x[0-9a-f]{4}…[0-9a-f]{4} executed \(revision 1\)/);
    expect(finalStatus).toMatch(/^ {2}events\.meetups ⊂ ops\.outreach +events +2,000 TUSD +— +100 TUSD +— +1,900 TUSD /m);

    // The vendor got 100 TUSD by the spend and 50 by the round, on top of its 10,000 from the node.
    const client = createPublicClient({ transport: http(node.url) });
    const tusd = { address: predictTestToken(), abi: erc20Abi, functionName: "balanceOf" } as const;
    expect(await client.readContract({ ...tusd, args: [VENDOR] })).toBe(parseUnits("10150", 18));
    const treasury = /treasury (0x[0-9a-fA-F]{40})/.exec(out("apply")[0]!)![1]! as Address;
    expect(await client.readContract({ ...tusd, args: [treasury] })).toBe(parseUnits("99850", 18));
  });
});

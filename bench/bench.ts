#!/usr/bin/env node
// `npm run bench`: opgov against an OpenZeppelin Governor and a Safe k-of-n multisig, side by
// side on one in-process chain, in steady state (each system has already run the same job once,
// untimed: the recipient holds the token and each treasury has paid before). Prints a table and
// writes bench/results.json. Floors are derived in bench/FLOORS.md (and `floorOf` below).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { encodeFunctionData, keccak256, maxUint256, parseEther, stringToHex, zeroAddress, type Abi, type Address, type Hex, type TransactionReceipt } from "viem";
import { createBenchChain, type BenchChain, type Person } from "./chain.js";
import { action, circle, deployDao, docHash, HOUR, loadAbis, type Abis, type Circle, type Dao, type RoundContent } from "./opgov.js";
import { deploySafe, signedExec } from "./safe.js";
import { setupJob } from "./setup.js";
import { compileBenchContracts } from "./solc.js";

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [3, 10, 50] as const;
const ALLOCATION = parseEther("1000");
const SPEND = parseEther("100");

/**
 * opgov's allocation job runs in two variants: `treasury` (the job as the issue states it: a
 * treasury allocation, `domain` 0, not charged to any budget) and `domain` (the same allocation
 * charged to the team's domain, so the domain's `committed` shows it while the round is open).
 * Targets are checked on `treasury`; `domain` is reported alongside.
 */
type Variant = "treasury" | "domain";
/**
 * How opgov pays from the treasury Safe: `module` (the default: the Safe's
 * execTransactionFromModule) or `pull` (the community turned on `setTreasuryPull` for the token
 * and the treasury approved the instance: the token's transferFrom, no Safe call).
 */
type Custody = "module" | "pull";
let custody: Custody = "module";
export type Operation = { system: string; op: string; members: number; gas: number; variant?: Variant; custody?: Custody; hatsGas?: number; hatsShare?: number; calldataBytes?: number; note?: string };
export type Job = { system: string; job: string; members: number; objections: number; gas: number; transactions: number; humanActions: number; variant?: Variant; custody?: Custody; note?: string };
export type Target = { target: string; custody: Custody | "-"; measured: number; limit: number; met: boolean };
export type Floor = { op: string; gas: number; variant: Variant; base: number; calldata: number; storage: number };

const operations: Operation[] = [];
const jobs: Job[] = [];
const floors: Floor[] = [];

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

/** Calldata gas (EIP-2028: 4 per zero byte, 16 per other byte). */
function calldataGas(input: Hex): { gas: number; bytes: number } {
  let gas = 0;
  const bytes = (input.length - 2) / 2;
  for (let i = 2; i < input.length; i += 2) gas += input.slice(i, i + 2) === "00" ? 4 : 16;
  return { gas, bytes };
}

/**
 * The unavoidable storage writes of each opgov op, in steady state (EIP-2929/2200 costs, the
 * written slot's cold access included): see bench/FLOORS.md.
 */
const STORAGE_FLOOR: Record<string, number> = {
  // new round slot (0 -> x: 20,000 + 2,100 cold)
  propose: 22_100,
  // ... + the domain's committed word (x -> y: 2,900 + 2,100)
  "propose/domain": 22_100 + 5_000,
  // the objection record (5,000: in steady state it rewrites the objector's reusable slot; a
  // first-ever objection fills a new one, 22,100) + the round's standing-objection count (5,000)
  object: 5_000 + 5_000,
  // the objection slot (5,000) + the round's count (5,000)
  withdrawObjection: 5_000 + 5_000,
  // the new revision's commitment (22,100) + the round's revision and deadline (5,000)
  amend: 22_100 + 5_000,
  // the round's status (5,000) + treasury and recipient balances (2 x 5,000)
  execute: 5_000 + 10_000,
  // ... + the domain's committed word (5,000)
  "execute/domain": 5_000 + 5_000 + 10_000,
  // the budget word (5,000) + treasury and recipient balances (2 x 5,000)
  spend: 5_000 + 10_000,
};

async function txInput(chain: BenchChain, receipt: TransactionReceipt): Promise<Hex> {
  const tx = await chain.publicClient.getTransaction({ hash: receipt.transactionHash });
  return tx.input;
}

type StructLog = { depth: number; gas: number; op: string; stack?: string[] };

/** Gas spent in calls to Hats (the call opcode, its cold access, and the callee's execution). */
async function hatsGas(chain: BenchChain, receipt: TransactionReceipt): Promise<number | undefined> {
  let trace: { structLogs: StructLog[] };
  try {
    trace = (await chain.provider.request({
      method: "debug_traceTransaction",
      params: [receipt.transactionHash, { disableMemory: true, disableStorage: true, disableStack: false }],
    })) as { structLogs: StructLog[] };
  } catch {
    return undefined;
  }
  const hats = BigInt(chain.addresses.hats);
  const logs = trace.structLogs;
  let total = 0;
  for (let i = 0; i < logs.length; i++) {
    const step = logs[i]!;
    if (step.op !== "STATICCALL" && step.op !== "CALL") continue;
    const stack = step.stack ?? [];
    const target = stack[stack.length - 2];
    if (target === undefined || BigInt(`0x${target.replace(/^0x/, "")}`) !== hats) continue;
    for (let j = i + 1; j < logs.length; j++) {
      if (logs[j]!.depth === step.depth) {
        total += step.gas - logs[j]!.gas;
        break;
      }
    }
  }
  return total;
}

async function recordOpGov(chain: BenchChain, op: string, members: number, receipt: TransactionReceipt, variant: Variant = "treasury") {
  const gas = Number(receipt.gasUsed);
  const input = await txInput(chain, receipt);
  const { gas: cd, bytes } = calldataGas(input);
  const inHats = await hatsGas(chain, receipt);
  operations.push({
    system: "opgov",
    op,
    members,
    gas,
    ...(op === "propose" || op === "execute" ? { variant } : {}),
    ...(op === "execute" || op === "spend" ? { custody } : {}),
    calldataBytes: bytes,
    ...(inHats === undefined ? {} : { hatsGas: inHats, hatsShare: Math.round((inHats / gas) * 1000) / 1000 }),
  });
  const storage = STORAGE_FLOOR[variant === "domain" ? `${op}/domain` : op];
  if (storage !== undefined && !floors.some((f) => f.op === op && f.variant === variant)) {
    floors.push({ op, gas: 21_000 + cd + storage, variant, base: 21_000, calldata: cd, storage });
  }
  return gas;
}

function record(system: string, op: string, members: number, receipt: TransactionReceipt, note?: string) {
  const gas = Number(receipt.gasUsed);
  operations.push({ system, op, members, gas, ...(note ? { note } : {}) });
  return gas;
}

const majority = (n: number) => Math.floor(n / 2) + 1;

// ---------------------------------------------------------------------------------------------
// opgov
// ---------------------------------------------------------------------------------------------

let saltCounter = 0;

/**
 * A round's content. The salt is the first (from a counter) for which the round's id has no zero
 * byte, the same rule for every circle size: the id is part of later calls' calldata, and a zero
 * byte in it would cost 12 gas less (4 instead of 16), a difference of the hash, not of opgov.
 */
async function content(chain: BenchChain, abis: Abis, c: Circle, dao: Dao, recipient: Address, amount: bigint, variant: Variant = "treasury"): Promise<RoundContent> {
  for (;;) {
    const k = {
      scope: c.b,
      salt: `0x${"5a".repeat(30)}${(0x1000 + (saltCounter++ % 0xefff)).toString(16)}` as Hex,
      objectorHats: [c.memberA],
      actions: [action.allocation(variant === "domain" ? c.domainB : 0, dao.token, recipient, amount)],
      rationaleHash: docHash("why"),
    };
    const id = await chain.read<Hex>(dao.opgov, abis.opgov, "roundCommitment", [k]);
    if (!hasZeroByte(id)) return k;
  }
}

const hasZeroByte = (hex: Hex) => /^(?:[0-9a-f]{2})*00/.test(hex.slice(2));

async function opgovSilentRound(chain: BenchChain, abis: Abis, dao: Dao, c: Circle, recipient: Address, members: number, measure: boolean, variant: Variant = "treasury") {
  const proposer = c.bMembers[0]!;
  const k = await content(chain, abis, c, dao, recipient, ALLOCATION, variant);
  const proposed = await chain.call(proposer, dao.opgov, abis.opgov, "propose", [k, HOUR, "ipfs://why"]);
  const id = await chain.read<Hex>(dao.opgov, abis.opgov, "roundCommitment", [k]);
  await chain.advance(HOUR + 1);
  const executed = await chain.call(proposer, dao.opgov, abis.opgov, "execute", [id, k]);
  if (!measure) return;
  const gas = (await recordOpGov(chain, "propose", members, proposed, variant)) + (await recordOpGov(chain, "execute", members, executed, variant));
  jobs.push({ system: "opgov", job: "allocation", members, objections: 0, gas, transactions: 2, humanActions: 2, variant, custody });
}

async function opgovObjectedRound(chain: BenchChain, abis: Abis, dao: Dao, c: Circle, recipient: Address, members: number, measure = true) {
  const proposer = c.bMembers[0]!;
  const objector = c.aMembers[1]!;
  const k = await content(chain, abis, c, dao, recipient, ALLOCATION);
  const proposed = await chain.call(proposer, dao.opgov, abis.opgov, "propose", [k, HOUR, "ipfs://why"]);
  const id = await chain.read<Hex>(dao.opgov, abis.opgov, "roundCommitment", [k]);
  const objected = await chain.call(objector, dao.opgov, abis.opgov, "object", [id, [c.memberA], 0n, docHash("objection"), "ipfs://objection"]);
  const amendedActions = [action.allocation(c.domainB, dao.token, recipient, ALLOCATION)];
  const amendedHash = docHash("why, amended");
  const amended = await chain.call(proposer, dao.opgov, abis.opgov, "amend", [id, k, amendedActions, amendedHash, "ipfs://why-amended", HOUR]);
  const withdrawn = await chain.call(objector, dao.opgov, abis.opgov, "withdrawObjection", [id]);
  await chain.advance(HOUR + 1);
  const current = { ...k, actions: amendedActions, rationaleHash: amendedHash };
  const executed = await chain.call(proposer, dao.opgov, abis.opgov, "execute", [id, current]);
  if (!measure) return;
  let gas = Number(proposed.gasUsed) + Number(executed.gasUsed);
  gas += await recordOpGov(chain, "object", members, objected);
  gas += await recordOpGov(chain, "amend", members, amended);
  gas += await recordOpGov(chain, "withdrawObjection", members, withdrawn);
  jobs.push({ system: "opgov", job: "allocation", members, objections: 1, gas, transactions: 5, humanActions: 5, variant: "treasury" });
}

async function opgovSpend(chain: BenchChain, abis: Abis, dao: Dao, c: Circle, recipient: Address, members: number, measure: boolean) {
  const spender = c.bMembers[1]!;
  const receipt = await chain.call(spender, dao.opgov, abis.opgov, "spend", [c.domainB, dao.token, recipient, SPEND, docHash("invoice")]);
  if (!measure) return;
  const gas = await recordOpGov(chain, "spend", members, receipt);
  jobs.push({ system: "opgov", job: "spend", members, objections: 0, gas, transactions: 1, humanActions: 1, custody });
}

// ---------------------------------------------------------------------------------------------
// Safe k-of-n
// ---------------------------------------------------------------------------------------------

async function safeTransfer(chain: BenchChain, abis: Abis, safe: Address, token: Address, owners: Person[], to: Address, amount: bigint) {
  const k = majority(owners.length);
  const signers = owners.slice(0, k);
  const data = encodeFunctionData({ abi: abis.token, functionName: "transfer", args: [to, amount] });
  const exec = await signedExec(chain, safe, { to: token, data }, signers, signers[0]!);
  return chain.send(signers[0]!, safe, exec);
}

async function safeJobs(chain: BenchChain, abis: Abis, token: Address, recipient: Address, members: number) {
  const owners = await Promise.all(Array.from({ length: members }, (_, i) => chain.person(`n${members}-safe${i}`)));
  const safe = await deploySafe(chain, owners[0]!, owners.map((o) => o.address), majority(members));
  await chain.call(owners[0]!, token, abis.token, "mint", [safe, parseEther("1000000")]);
  await safeTransfer(chain, abis, safe, token, owners, recipient, ALLOCATION); // warm-up
  const k = majority(members);
  const alloc = await safeTransfer(chain, abis, safe, token, owners, recipient, ALLOCATION);
  const gas = record("safe", "execTransaction", members, alloc, `${k}-of-${members}`);
  jobs.push({ system: "safe", job: "allocation", members, objections: 0, gas, transactions: 1, humanActions: k, note: `${k}-of-${members}: ${k - 1} signatures + the executing owner's transaction` });
  const spend = await safeTransfer(chain, abis, safe, token, owners, recipient, SPEND);
  jobs.push({ system: "safe", job: "spend", members, objections: 0, gas: Number(spend.gasUsed), transactions: 1, humanActions: k, note: `${k}-of-${members}` });
}

// ---------------------------------------------------------------------------------------------
// OpenZeppelin Governor
// ---------------------------------------------------------------------------------------------

type GovContracts = Record<string, { abi: Abi; bytecode: Hex }>;

async function governorJobs(chain: BenchChain, abis: Abis, compiled: GovContracts, token: Address, recipient: Address, members: number) {
  const voters = await Promise.all(Array.from({ length: members }, (_, i) => chain.person(`n${members}-voter${i}`)));
  const deployer = voters[0]!;
  const votes = compiled.BenchVotes!;
  const timelockC = compiled.BenchTimelock!;
  const governorC = compiled.BenchGovernor!;
  const votesToken = await chain.deploy(deployer, votes.abi, votes.bytecode);
  const timelock = await chain.deploy(deployer, timelockC.abi, timelockC.bytecode, [BigInt(DAY_SECONDS), [], [zeroAddress], deployer.address]);
  const governor = await chain.deploy(deployer, governorC.abi, governorC.bytecode, [votesToken, timelock, 1, 100, 4n]);
  for (const role of ["PROPOSER_ROLE", "CANCELLER_ROLE"]) {
    const id = await chain.read<Hex>(timelock, timelockC.abi, role);
    await chain.call(deployer, timelock, timelockC.abi, "grantRole", [id, governor]);
  }
  for (const v of voters) {
    await chain.call(deployer, votesToken, votes.abi, "mint", [v.address, parseEther("1")]);
    await chain.call(v, votesToken, votes.abi, "delegate", [v.address]);
  }
  await chain.call(deployer, token, abis.token, "mint", [timelock, parseEther("1000000")]);

  let description = 0;
  async function flow(amount: bigint) {
    const targets = [token];
    const values = [0n];
    const calldatas = [encodeFunctionData({ abi: abis.token, functionName: "transfer", args: [recipient, amount] })];
    const text = `bench proposal ${members}-${description++}`;
    const descriptionHash = keccak256(stringToHex(text));
    const g = governorC.abi;
    const proposed = await chain.call(voters[0]!, governor, g, "propose", [targets, values, calldatas, text]);
    const id = await chain.read<bigint>(governor, g, "hashProposal", [targets, values, calldatas, descriptionHash]);
    await chain.mine(2);
    const voteReceipts: TransactionReceipt[] = [];
    for (const v of voters.slice(0, majority(members))) voteReceipts.push(await chain.call(v, governor, g, "castVote", [id, 1]));
    await chain.mine(101);
    const queued = await chain.call(voters[0]!, governor, g, "queue", [targets, values, calldatas, descriptionHash]);
    await chain.advance(DAY_SECONDS + 1);
    const executed = await chain.call(voters[0]!, governor, g, "execute", [targets, values, calldatas, descriptionHash]);
    return { proposed, voteReceipts, queued, executed };
  }

  await flow(ALLOCATION); // warm-up
  const k = majority(members);
  const alloc = await flow(ALLOCATION);
  let gas = record("governor", "propose", members, alloc.proposed);
  const voteGas = alloc.voteReceipts.map((r) => Number(r.gasUsed));
  for (const r of alloc.voteReceipts) gas += Number(r.gasUsed);
  operations.push({ system: "governor", op: "castVote", members, gas: Math.round(voteGas.reduce((s, x) => s + x, 0) / voteGas.length), note: `mean of ${voteGas.length} votes, ${Math.min(...voteGas)}-${Math.max(...voteGas)}` });
  gas += record("governor", "queue", members, alloc.queued);
  gas += record("governor", "execute", members, alloc.executed);
  jobs.push({ system: "governor", job: "allocation", members, objections: 0, gas, transactions: k + 3, humanActions: k + 3, note: `propose, ${k} votes, queue, execute` });
  const spend = await flow(SPEND);
  const spendGas = [spend.proposed, ...spend.voteReceipts, spend.queued, spend.executed].reduce((s, r) => s + Number(r.gasUsed), 0);
  jobs.push({ system: "governor", job: "spend", members, objections: 0, gas: spendGas, transactions: k + 3, humanActions: k + 3 });
}

const DAY_SECONDS = 86_400;

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function table(rows: Record<string, unknown>[], columns: string[]) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === 0 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!))).join("  ");
  console.log(line(columns));
  for (const r of rows) console.log(line(columns.map((c) => (typeof r[c] === "number" ? (r[c] as number).toLocaleString("en-US") : String(r[c] ?? "")))));
}

export const TARGETS: Record<string, number> = { propose: 75_000, object: 60_000, execute: 70_000, spend: 72_000 };

function floorOf(o: Operation): Floor | undefined {
  if (o.system !== "opgov") return undefined;
  return floors.find((f) => f.op === o.op && f.variant === (o.variant ?? "treasury"));
}

/** What a run measures: opgov at `sizes`, its peers at `peerSizes`, and the setup job. */
export type BenchOptions = { sizes?: readonly number[]; peerSizes?: readonly number[]; setup?: boolean };
export type BenchResults = { operations: Operation[]; jobs: Job[]; floors: Floor[]; targets: Target[] };

/**
 * Runs the jobs on a fresh in-process chain and returns what `npm run bench` writes to
 * bench/results.json (the test in test/bench runs it for a smaller set of sizes).
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchResults> {
  const sizes = options.sizes ?? SIZES;
  const peerSizes = options.peerSizes ?? sizes;
  operations.length = 0;
  jobs.length = 0;
  floors.length = 0;
  custody = "module";
  saltCounter = 0;
  const compiled = peerSizes.length > 0 ? compileBenchContracts("BenchGovernor.sol") : {};
  const chain = await createBenchChain();
  const abis = await loadAbis(chain);
  const payer = await chain.person("payer");
  const token = await chain.deploy(payer, abis.token, abis.tokenBytecode, ["Test USD", "TUSD"]);
  const recipient = (await chain.person("recipient")).address;

  const dao = await deployDao(chain, abis, token);
  const circles: Circle[] = [];
  for (const members of sizes) {
    const c = await circle(chain, abis, dao, members);
    await opgovSilentRound(chain, abis, dao, c, recipient, members, false, "treasury"); // warm-up
    await opgovSilentRound(chain, abis, dao, c, recipient, members, false, "domain"); // warm-up
    await opgovSpend(chain, abis, dao, c, recipient, members, false); // warm-up
    await opgovObjectedRound(chain, abis, dao, c, recipient, members, false); // warm-up: the objector has objected before
    await opgovSilentRound(chain, abis, dao, c, recipient, members, true, "treasury");
    await opgovSilentRound(chain, abis, dao, c, recipient, members, true, "domain");
    await opgovObjectedRound(chain, abis, dao, c, recipient, members);
    await opgovSpend(chain, abis, dao, c, recipient, members, true);
    if (peerSizes.includes(members)) {
      await safeJobs(chain, abis, token, recipient, members);
      await governorJobs(chain, abis, compiled, token, recipient, members);
    }
    circles.push(c);
  }
  // The same payments in pull mode: the treasury approves the instance for TUSD and the
  // community turns pull on (setup, not counted), then one warm-up round and spend.
  const approve = encodeFunctionData({ abi: abis.token, functionName: "approve", args: [dao.opgov, maxUint256] });
  await chain.send(dao.community, dao.treasury, await signedExec(chain, dao.treasury, { to: token, data: approve }, [dao.community], dao.community));
  await chain.call(dao.community, dao.opgov, abis.opgov, "setTreasuryPull", [token, true]);
  custody = "pull";
  for (const [i, members] of sizes.entries()) {
    const c = circles[i]!;
    await opgovSilentRound(chain, abis, dao, c, recipient, members, false, "treasury"); // warm-up
    await opgovSpend(chain, abis, dao, c, recipient, members, false); // warm-up
    await opgovSilentRound(chain, abis, dao, c, recipient, members, true, "treasury");
    await opgovSilentRound(chain, abis, dao, c, recipient, members, true, "domain");
    await opgovSpend(chain, abis, dao, c, recipient, members, true);
  }
  if (options.setup ?? true) jobs.push(await setupJob(chain, abis, token));
  return { operations: [...operations], jobs: [...jobs], floors: [...floors], targets: checkTargets(sizes) };
}

function checkTargets(sizes: readonly number[]): Target[] {
  // Targets (issue 5), checked on the treasury allocation, for each way of paying.
  const targets: Target[] = [];
  for (const mode of ["module", "pull"] as const) {
    for (const [op, limit] of Object.entries(TARGETS)) {
      const o = operations.find(
        (x) => x.system === "opgov" && x.op === op && x.members === sizes[0] && (x.variant ?? "treasury") === "treasury" && (x.custody ?? mode) === mode,
      );
      const floor = o && floorOf(o);
      if (!o || !floor) continue;
      const paid = op === "execute" || op === "spend";
      if (!paid && mode === "pull") continue;
      const custodyOf = paid ? mode : "-";
      targets.push({ target: `${op} <= ${limit.toLocaleString("en-US")}`, custody: custodyOf, measured: o.gas, limit, met: o.gas <= limit });
      const bound = Math.floor(floor.gas * 1.5);
      targets.push({ target: `${op} <= 1.5 x floor`, custody: custodyOf, measured: o.gas, limit: bound, met: o.gas <= bound });
    }
    const silent = jobs.filter((j) => j.system === "opgov" && j.job === "allocation" && j.objections === 0 && j.variant === "treasury" && j.custody === mode);
    const gov10 = jobs.find((j) => j.system === "governor" && j.job === "allocation" && j.members === 10);
    const silent10 = silent.find((j) => j.members === 10);
    const identical = new Set(silent.map((j) => j.gas)).size === 1;
    targets.push({ target: "silent round identical at 3/10/50", custody: mode, measured: silent10?.gas ?? 0, limit: silent10?.gas ?? 0, met: identical });
    if (gov10 && silent10) {
      const limit = Math.floor(gov10.gas / 5);
      targets.push({ target: "silent round at 10 <= Governor / 5", custody: mode, measured: silent10.gas, limit, met: silent10.gas <= limit });
    }
  }
  const setup = jobs.find((j) => j.job === "setup");
  if (setup) targets.push({ target: "setup in <= 3 operator transactions", custody: "-", measured: setup.transactions, limit: 3, met: setup.transactions <= 3 });
  return targets;
}

async function main() {
  const started = Date.now();
  const { targets } = await runBench();
  // Print.
  console.log("\nOperations (gas, steady state)\n");
  table(
    operations.map((o) => ({
      ...o,
      hats: o.hatsShare === undefined ? "" : `${o.hatsGas?.toLocaleString("en-US")} (${(o.hatsShare * 100).toFixed(1)}%)`,
      target: o.system === "opgov" && TARGETS[o.op] && o.variant !== "domain" ? TARGETS[o.op] : "",
      floor: floorOf(o)?.gas ?? "",
      "x floor": floorOf(o) ? (o.gas / floorOf(o)!.gas).toFixed(2) : "",
    })),
    ["system", "op", "variant", "custody", "members", "gas", "target", "floor", "x floor", "hats", "note"],
  );
  console.log("\nJobs\n");
  table(jobs as unknown as Record<string, unknown>[], ["system", "job", "variant", "custody", "members", "objections", "gas", "transactions", "humanActions", "note"]);
  console.log("\nFloors (21,000 + calldata + unavoidable storage writes; bench/FLOORS.md)\n");
  table(floors as unknown as Record<string, unknown>[], ["op", "variant", "gas", "base", "calldata", "storage"]);
  for (const mode of ["module", "pull"] as const) {
    const silent = jobs.filter((j) => j.system === "opgov" && j.job === "allocation" && j.objections === 0 && j.variant === "treasury" && j.custody === mode);
    const gov10 = jobs.find((j) => j.system === "governor" && j.job === "allocation" && j.members === 10);
    const silent10 = silent.find((j) => j.members === 10);
    console.log(
      `\nSilent round (${mode}): ${silent.map((j) => `${j.gas.toLocaleString("en-US")} at ${j.members}`).join(", ")} (` +
        `${new Set(silent.map((j) => j.gas)).size === 1 ? "identical" : "NOT identical"}); ` +
        (gov10 && silent10 ? `Governor at 10: ${gov10.gas.toLocaleString("en-US")}, ratio 1/${(gov10.gas / silent10.gas).toFixed(2)}` : ""),
    );
  }
  console.log("\nTargets (treasury allocation; 'module' = paid through the Safe module, 'pull' = setTreasuryPull on)\n");
  table(
    targets.map((t) => ({ ...t, met: t.met ? "yes" : `NO (+${(t.measured - t.limit).toLocaleString("en-US")})` })),
    ["target", "custody", "measured", "limit", "met"],
  );

  const out = join(here, "results.json");
  writeFileSync(out, `${JSON.stringify({ operations, jobs, floors, targets }, null, 2)}\n`);
  console.log(`\nwrote ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Run as a script (`npm run bench`), not when imported (test/bench).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  process.exit(0);
}

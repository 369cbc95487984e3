import { encodeFunctionData, parseEther, type Abi, type Address } from "viem";
import type { BenchChain } from "./chain.js";
import { action, DAY, DEFAULT_CONSTRAINTS, docHash, type Abis, type ActionInput } from "./opgov.js";
import { multiSendData, safeDeployment, signedExec, type SafeCall } from "./safe.js";

// Job 3, "bring an organisation on-chain": community + 5 cells x 4 hats (cell, member, two roles)
// x 3 members, a treasury Safe and 5 cell Safes, 5 domains with budgets. The operator signs two
// transactions:
//   1. deploy the community's treasury Safe (the operator its owner for now);
//   2. one execTransaction of that Safe delegatecalling Safe's MultiSend: mint the community top
//      hat to the Safe, create opgov's root hat and mint it to the instance's CREATE2 address,
//      enable the instance as the Safe's module, deploy the instance from the factory, create
//      the 5 cells (hats minted to their Safes' predicted addresses) and move them to
//      Organization with one community act, deploy the 5 cell Safes whose setup hook
//      (`CellSafeSetup`, by delegatecall) records each as its cell's Safe and adds two role hats,
//      assign the 5 domains with budgets with a second act, and mint the 15 member hats with
//      Hats' batchMintHats (the top hat's wearer is admin of every hat below it).

const CELLS = 5;
const MEMBERS = 3;

/** A hat id's child at `level` (Hats ids: 32-bit top-hat domain, then 16 bits per level). */
const child = (admin: bigint, level: number, index: number) => admin | (BigInt(index) << BigInt(224 - 16 * level));

export async function setupJob(chain: BenchChain, abis: Abis, token: Address) {
  const operator = await chain.person("setup-operator");
  const helperArtifact = await chain.artifact("CellSafeSetup");
  // Infrastructure, installed with the other opgov contracts (deploy/opgov.ts): not an operator transaction.
  const helper = chain.addresses.opgov.cellSafeSetup;
  const hats = chain.addresses.hats;
  const receipts = [];

  // 1. The treasury Safe.
  const treasuryDeployment = await safeDeployment(chain, [operator.address], 1);
  const treasury = treasuryDeployment.address;
  receipts.push(await chain.send(operator, treasuryDeployment.to, treasuryDeployment.data));

  // 2. Everything else, as the treasury.
  const lastTop = await chain.read<number>(hats, abis.hats, "lastTopHatId");
  const topHat = BigInt(lastTop + 1) << 224n;
  const rootHat = child(topHat, 1, 1);
  const cells = Array.from({ length: CELLS }, (_, i) => child(rootHat, 2, i + 1));
  const memberHats = cells.map((c) => child(c, 3, 1));
  const params = {
    treasury,
    communityHat: topHat,
    rootHat,
    constraints: DEFAULT_CONSTRAINTS,
    tokens: [token],
    caps: [parseEther("1000000")],
  };
  const salt = docHash("setup-job");
  const factory = chain.addresses.opgov.factory;
  const opgov = await chain.read<Address>(factory, abis.factory, "predict", [params, salt]);
  const members = await Promise.all(
    Array.from({ length: CELLS * MEMBERS }, (_, i) => chain.person(`setup-member-${i}`)),
  );
  const cellSafes = [];
  for (let i = 0; i < CELLS; i++) {
    const owners = members.slice(i * MEMBERS, (i + 1) * MEMBERS).map((m) => m.address);
    const setupData = encodeFunctionData({
      abi: helperArtifact.abi as Abi,
      functionName: "setUpCellSafe",
      args: [opgov, cells[i]!, ["steward", "treasurer"], 4],
    });
    cellSafes.push(await safeDeployment(chain, owners, 2, { to: helper, data: setupData }));
  }

  const structure: ActionInput[] = [];
  for (let i = 0; i < CELLS; i++) structure.push(action.createCell(0n, cellSafes[i]!.address, `ipfs://setup-cell-${i}`));
  for (const phase of [1, 2]) for (const cell of cells) structure.push(action.movePhase(cell, phase));
  const firstDomain = 1; // a fresh instance numbers its domains from 1
  const domains: ActionInput[] = [];
  for (let i = 0; i < CELLS; i++) {
    domains.push(action.assignDomain(cells[i]!, memberHats[i]!, `ipfs://setup-domain-${i}`));
    domains.push(action.setBudget(firstDomain + i, token, parseEther("5000"), 30 * DAY));
  }
  const hatsCall = (functionName: string, args: readonly unknown[]): SafeCall => ({
    to: hats,
    data: encodeFunctionData({ abi: abis.hats, functionName, args }),
  });
  const opgovAct = (actions: ActionInput[]): SafeCall => ({
    to: opgov,
    data: encodeFunctionData({ abi: abis.opgov, functionName: "act", args: [actions, docHash("setup"), "ipfs://setup"] }),
  });
  const calls: SafeCall[] = [
    hatsCall("mintTopHat", [treasury, "The organisation", ""]),
    hatsCall("createHat", [topHat, "opgov", 1, treasury, treasury, true, ""]),
    hatsCall("mintHat", [rootHat, opgov]),
    { to: treasury, data: encodeFunctionData({ abi: chain.safeAbi, functionName: "enableModule", args: [opgov] }) },
    { to: factory, data: encodeFunctionData({ abi: abis.factory, functionName: "deploy", args: [params, salt] }) },
    opgovAct(structure),
    ...cellSafes.map((s) => ({ to: s.to, data: s.data })),
    opgovAct(domains),
    hatsCall("batchMintHats", [members.map((_, i) => memberHats[Math.floor(i / MEMBERS)]!), members.map((m) => m.address)]),
  ];
  const batch: SafeCall = { to: chain.addresses.safe.multiSend, data: multiSendData(chain, calls), operation: 1 };
  const exec = await signedExec(chain, treasury, batch, [operator], operator);
  receipts.push(await chain.send(operator, treasury, exec));

  // Check the result.
  for (let i = 0; i < CELLS; i++) {
    const cell = await chain.read<{ phase: number; safe: Address; roleHats: readonly bigint[] }>(opgov, abis.opgov, "getCell", [cells[i]!]);
    if (cell.phase !== 2 || cell.safe !== cellSafes[i]!.address) throw new Error(`setup: cell ${i} not set up`);
    if (cell.roleHats.length !== 2) throw new Error(`setup: cell ${i} has ${cell.roleHats.length} role hats`);
    const supply = await chain.read<number>(hats, abis.hats, "hatSupply", [memberHats[i]!]);
    if (supply !== MEMBERS) throw new Error(`setup: cell ${i} has ${supply} members`);
    const budget = await chain.read<{ allowance: bigint }>(opgov, abis.opgov, "getBudget", [firstDomain + i, token]);
    if (budget.allowance !== parseEther("5000")) throw new Error(`setup: domain ${i + 1} has no budget`);
  }
  const gas = receipts.reduce((s, r) => s + Number(r.gasUsed), 0);
  return {
    system: "opgov",
    job: "setup",
    members: MEMBERS,
    objections: 0,
    gas,
    transactions: receipts.length,
    humanActions: receipts.length,
    note: `5 cells x 4 hats x 3 members, treasury + 5 cell Safes, 5 domains with budgets; per tx: ${receipts.map((r) => Number(r.gasUsed).toLocaleString("en-US")).join(" + ")}`,
  };
}

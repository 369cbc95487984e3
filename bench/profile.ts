// Development aid (not part of `npm run bench`): `tsx bench/profile.ts` runs the same steady-state
// opgov ops as the bench and prints, per op, where the gas goes (by opcode class, at opgov's depth
// and below, and per external call target).
import { parseEther, type Hex, type TransactionReceipt } from "viem";
import { createBenchChain, type BenchChain } from "./chain.js";
import { action, circle, deployDao, docHash, HOUR, loadAbis } from "./opgov.js";

type StructLog = { depth: number; gas: number; gasCost: number; op: string; stack?: string[] };

async function profile(chain: BenchChain, label: string, receipt: TransactionReceipt) {
  const trace = (await chain.provider.request({
    method: "debug_traceTransaction",
    params: [receipt.transactionHash, { disableMemory: true, disableStorage: true, disableStack: false }],
  })) as { structLogs: StructLog[] };
  const logs = trace.structLogs;
  const byOp = new Map<string, number>();
  const calls: string[] = [];
  for (let i = 0; i < logs.length; i++) {
    const s = logs[i]!;
    let cost = s.gasCost;
    if (["CALL", "STATICCALL", "DELEGATECALL"].includes(s.op)) {
      // the opcode's own cost: gas before - gas available to the callee's first step
      const next = logs[i + 1];
      const stack = s.stack ?? [];
      const to = stack[stack.length - 2] ?? "";
      let total = 0;
      for (let j = i + 1; j < logs.length; j++) if (logs[j]!.depth === s.depth) { total = s.gas - logs[j]!.gas; break; }
      cost = next && next.depth > s.depth ? s.gas - next.gas - (next.gas - 0) * 0 : s.gasCost;
      calls.push(`${"  ".repeat(s.depth - 1)}${s.op} ${to.slice(-40)} total ${total}`);
      if (next && next.depth > s.depth) {
        // count only the 63/64 overhead part roughly as call overhead: approximation
        cost = total - (() => { let inner = 0; for (let j = i + 1; j < logs.length && logs[j]!.depth > s.depth; j++) if (logs[j]!.depth === s.depth + 1) inner += logs[j]!.gasCost; return inner; })();
      }
    }
    const key = `${s.depth}:${["SLOAD", "SSTORE", "CALL", "STATICCALL", "DELEGATECALL", "LOG1", "LOG2", "LOG3", "LOG4", "KECCAK256", "CALLDATACOPY", "MLOAD", "MSTORE"].includes(s.op) ? s.op : "other"}`;
    byOp.set(key, (byOp.get(key) ?? 0) + cost);
  }
  console.log(`\n== ${label}: ${receipt.gasUsed} gas (execution ${logs[0] ? logs[0].gas - logs[logs.length - 1]!.gas : "?"})`);
  console.log([...byOp.entries()].sort().map(([k, v]) => `${k} ${v}`).join("\n"));
  console.log(calls.join("\n"));
  const sstores = logs.filter((s) => s.op === "SSTORE" || s.op === "SLOAD").map((s) => `${s.depth} ${s.op} ${s.gasCost}`);
  console.log(sstores.join(" | "));
}

const chain = await createBenchChain();
const abis = await loadAbis(chain);
const payer = await chain.person("payer");
const token = await chain.deploy(payer, abis.token, abis.tokenBytecode, ["Test USD", "TUSD"]);
const recipient = (await chain.person("recipient")).address;
const dao = await deployDao(chain, abis, token);
const c = await circle(chain, abis, dao, 3);
const b0 = c.bMembers[0]!;
let n = 0;
const content = () => ({
  scope: c.b,
  salt: `0x${"5a".repeat(30)}${(0x1000 + n++).toString(16)}` as Hex,
  objectorHats: [c.memberA],
  actions: [action.allocation(Number(process.env.DOMAIN ?? c.domainB), token, recipient, parseEther("1000"))],
  rationaleHash: docHash("why"),
});
for (const measure of [false, true]) {
  const k = content();
  const p = await chain.call(b0, dao.opgov, abis.opgov, "propose", [k, HOUR, "ipfs://why"]);
  const id = await chain.read<Hex>(dao.opgov, abis.opgov, "roundCommitment", [k]);
  await chain.advance(HOUR + 1);
  const e = await chain.call(b0, dao.opgov, abis.opgov, "execute", [id, k]);
  const s = await chain.call(c.bMembers[1]!, dao.opgov, abis.opgov, "spend", [c.domainB, token, recipient, parseEther("100"), docHash("x")]);
  if (measure) {
    await profile(chain, "propose", p);
    await profile(chain, "execute", e);
    await profile(chain, "spend", s);
    const k2 = content();
    await chain.call(b0, dao.opgov, abis.opgov, "propose", [k2, HOUR, "ipfs://why"]);
    const id2 = await chain.read<Hex>(dao.opgov, abis.opgov, "roundCommitment", [k2]);
    const o = await chain.call(c.aMembers[1]!, dao.opgov, abis.opgov, "object", [id2, [c.memberA], 0n, docHash("objection"), "ipfs://objection"]);
    await profile(chain, "object", o);
  }
}
process.exit(0);

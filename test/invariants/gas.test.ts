import { parseEther, type Address, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { action, as, communityAct, docHash, HOUR, loadOrg, mined, threeCells } from "../fixtures/org.js";

// DESIGN.md invariant 7: no call loops over an unbounded collection. Measured, not read: the same
// operations (spend, propose, object, close, escalate, resolve, execute) are sent in the same
// relative state on an organisation whose collections were grown along one dimension (cells,
// rounds, objections in the round, wearers of the objector hat), and must cost exactly the gas
// they cost on the plain `threeCells` organisation.

type Growth = { cells: number; rounds: number; objections: number; wearers: number };
const NONE: Growth = { cells: 0, rounds: 0, objections: 0, wearers: 0 };
const filler = (i: number): Address => `0x${(0x2000 + i).toString(16).padStart(40, "0")}`;

async function measure(growth: Growth) {
  const { chain, data: org } = await loadOrg(threeCells);
  const viem = chain.connection.viem;
  const alice = await as(chain, org, "alice");
  const bob = await as(chain, org, "bob");
  const stranger = await as(chain, org, "stranger");
  const community = await as(chain, org, "community");

  // Grow the collections the operations below must not walk.
  for (let i = 0; i < growth.cells; i++) await communityAct(chain, org, [action.createCell(0n, chain.actors.stranger, `ipfs://cell-${i}`)]);
  for (let i = 0; i < growth.rounds; i++) {
    const filled = { scope: org.cells.a, salt: docHash(`filler-${i}`), objectorHats: [org.memberHats.a], actions: [action.policy(`ipfs://f-${i}`)], rationaleHash: docHash("f") };
    await mined(chain, alice.opgov.write.propose([filled, HOUR, "ipfs://f"]));
  }
  const wearers = Array.from({ length: Math.max(growth.wearers, growth.objections) }, (_, i) => filler(i));
  for (let i = 0; i < wearers.length; i += 100) {
    const chunk = wearers.slice(i, i + 100);
    await mined(chain, alice.hats.write.batchMintHats([chunk.map(() => org.memberHats.a), chunk]));
  }

  const gas: Record<string, bigint> = {};
  gas.spend = (await mined(chain, bob.opgov.write.spend([org.domains.a, org.token, chain.actors.frank, parseEther("1"), docHash("ref")]))).gasUsed;

  const content = {
    scope: org.cells.a,
    salt: docHash("measured"),
    objectorHats: [org.topHat, org.memberHats.a],
    actions: [action.allocation(org.domains.a, org.token, chain.actors.frank, parseEther("3"))],
    rationaleHash: docHash("measured-why"),
  };
  gas.propose = (await mined(chain, alice.opgov.write.propose([content, HOUR, "ipfs://measured-why"]))).gasUsed;
  const id = (await stranger.opgov.read.roundCommitment([content])) as Hex;
  for (const objector of wearers.slice(0, growth.objections)) {
    await chain.testClient.impersonateAccount({ address: objector });
    await chain.testClient.setBalance({ address: objector, value: parseEther("1") });
    const opgov = await viem.getContractAt("IOpGov", org.opgov, { client: { wallet: await viem.getWalletClient(objector) } });
    await mined(chain, opgov.write.object([id, content.objectorHats, 1n, docHash("no"), "ipfs://no"]));
    await chain.testClient.stopImpersonatingAccount({ address: objector });
  }
  gas.object = (await mined(chain, bob.opgov.write.object([id, content.objectorHats, 1n, docHash("no"), "ipfs://no"]))).gasUsed;
  await chain.testClient.increaseTime({ seconds: HOUR });
  await chain.testClient.mine({ blocks: 1 });
  gas.close = (await mined(chain, stranger.opgov.write.close([id]))).gasUsed;
  gas.escalate = (await mined(chain, alice.opgov.write.escalate([id, content]))).gasUsed;
  gas.resolve = (await mined(chain, community.opgov.write.resolve([id, content, true, [], docHash("ok"), "ipfs://ok"]))).gasUsed;
  gas.execute = (await mined(chain, stranger.opgov.write.execute([id, content]))).gasUsed;
  return gas;
}

describe("invariant 7: no call loops over an unbounded collection", () => {
  let base: Record<string, bigint> | undefined;
  const grown: [string, Growth][] = [
    ["12 more cells", { ...NONE, cells: 12 }],
    ["12 more open rounds", { ...NONE, rounds: 12 }],
    ["10 more standing objections in the round", { ...NONE, objections: 10 }],
    ["150 more wearers of the objector and spender hat", { ...NONE, wearers: 150 }],
  ];
  for (const [label, growth] of grown) {
    it(`spend, propose, object, close, escalate, resolve and execute cost the same gas with ${label}`, async () => {
      base ??= await measure(NONE);
      expect(await measure(growth)).toEqual(base);
    });
  }
});

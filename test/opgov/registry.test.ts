import Safe from "@safe-global/protocol-kit";
import { encodeFunctionData, getAddress, getContract, parseEther, parseEventLogs, toFunctionSelector, type Address, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  advance,
  baseOrg,
  communityAct,
  createCell,
  DAY,
  DEFAULT_CONSTRAINTS,
  docHash,
  expectRevert,
  HOUR,
  Kind,
  loadOrg,
  mined,
  MIN_REQUIRED_PARTIES,
  NATIVE,
  Parties,
  Phase,
  threeCells,
  type ActionInput,
  type BaseOrg,
  type ThreeCells,
  ZERO_HASH,
} from "../fixtures/org.js";

// The cell registry: cells and their hats, the phase table, group state, domains' spender hats,
// the community's settings and the reads. Each `describe` covers one function.

/** Runs a round of `scope` proposed by `proposer` through its window to execution; returns the execute receipt's logs. */
async function runRound(chain: LocalChain, org: { opgov: Address }, scope: bigint, proposer: "alice" | "bob" | "carol" | "eve", actions: ActionInput[]) {
  const { opgov } = await as(chain, org, proposer);
  const objectorHats = [...(await opgov.read.requiredObjectorHats([scope, actions]))];
  const content = { scope, salt: docHash(`salt-${scope}-${actions.length}`), objectorHats, actions, rationaleHash: docHash("why") };
  const round = (await opgov.simulate.propose([content, HOUR, "ipfs://why"], { account: chain.actors[proposer] })).result;
  await mined(chain, opgov.write.propose([content, HOUR, "ipfs://why"]));
  await chain.testClient.increaseTime({ seconds: HOUR + 1 });
  await chain.testClient.mine({ blocks: 1 });
  const stranger = await as(chain, org, "stranger");
  const receipt = await mined(chain, stranger.opgov.write.execute([round, content]));
  return parseEventLogs({ abi: opgov.abi, logs: receipt.logs });
}

describe("createCell (a community act)", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
  });

  it("creates a top-level cell's hat under opgov's root hat, mints it to the wearer and records the cell", async () => {
    const { opgov, hats } = await as(chain, org, "stranger");
    const { logs } = await communityAct(chain, org, [action.createCell(0n, chain.actors.bob, "ipfs://cell-d")]);
    const created = logs.find((log) => log.eventName === "CellCreated");
    if (!created || created.eventName !== "CellCreated") throw new Error("no CellCreated");
    const cell = created.args.cell;
    expect(created.args).toMatchObject({ parent: 0n, wearer: chain.actors.bob, metadataUri: "ipfs://cell-d", metadataHash: docHash("ipfs://cell-d") });
    expect(await hats.read.getHatLevel([cell])).toBe((await hats.read.getHatLevel([org.rootHat])) + 1);
    expect(await hats.read.getAdminAtLevel([cell, await hats.read.getHatLevel([org.rootHat])])).toBe(org.rootHat);
    expect(await hats.read.isAdminOfHat([org.opgov, cell])).toBe(true);
    expect(await hats.read.isWearerOfHat([chain.actors.bob, cell])).toBe(true);
    const view = await opgov.read.getCell([cell]);
    expect(view).toMatchObject({
      id: cell,
      parent: 0n,
      phase: Phase.Conversation,
      cellHat: cell,
      memberHat: 0n,
      safe: "0x0000000000000000000000000000000000000000",
      stateVersion: 0,
      metadataUri: "ipfs://cell-d",
      metadataHash: docHash("ipfs://cell-d"),
      activeChildren: 0,
    });
    expect(view.roleHats).toEqual([]);
    expect(view.domains).toEqual([]);
    expect(await opgov.read.cellCount()).toBe(4n);
    expect(await opgov.read.cellIds([0n, 10n])).toEqual([org.cells.a, org.cells.b, org.cells.c, cell]);
    expect(await opgov.read.cellIds([3n, 1n])).toEqual([cell]);
    expect(await opgov.read.parentOf([cell])).toBe(0n);
  });

  it("creates a sub-cell's hat under the parent's cell hat and counts it as the parent's active child", async () => {
    const { opgov, hats } = await as(chain, org, "stranger");
    const before = (await opgov.read.getCell([org.cells.a])).activeChildren;
    const cell = await createCell(chain, org, org.cells.a, chain.actors.dave, "ipfs://cell-a2");
    expect(await hats.read.getHatLevel([cell])).toBe((await hats.read.getHatLevel([org.cells.a])) + 1);
    expect(await hats.read.isAdminOfHat([chain.actors.alice, cell])).toBe(true);
    expect(await hats.read.isAdminOfHat([chain.actors.eve, cell])).toBe(false);
    expect(await hats.read.isWearerOfHat([chain.actors.dave, cell])).toBe(true);
    expect((await opgov.read.getCell([cell])).parent).toBe(org.cells.a);
    expect(await opgov.read.parentOf([cell])).toBe(org.cells.a);
    expect((await opgov.read.getCell([org.cells.a])).activeChildren).toBe(before + 1);
  });

  it("refuses a sub-cell of a parent that is not in Coordination", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.createCell(org.cells.c, chain.actors.bob, "ipfs://x")], docHash("r"), "r"]),
      "OpGovPhaseTooEarly",
      [org.cells.c, Phase.Organization, Phase.Coordination],
    );
  });

  it("records the wearer as the cell's Safe only when the wearer is a contract", async () => {
    const { opgov } = await as(chain, org, "stranger");
    const { logs } = await communityAct(chain, org, [action.createCell(0n, org.treasury, "ipfs://safe-cell")]);
    const created = logs.find((log) => log.eventName === "CellCreated");
    if (!created || created.eventName !== "CellCreated") throw new Error("no CellCreated");
    expect((await opgov.read.getCell([created.args.cell])).safe).toBe(org.treasury);
    const safeSet = logs.find((log) => log.eventName === "CellSafeSet");
    expect(safeSet?.args).toEqual({ cell: created.args.cell, safe: org.treasury });
    expect((await opgov.read.getCell([org.cells.a])).safe).toBe("0x0000000000000000000000000000000000000000");
  });

  it("refuses an unknown parent cell", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.createCell(12345n, chain.actors.bob, "ipfs://x")], docHash("r"), "r"]),
      "OpGovUnknownCell",
      [12345n],
    );
  });
});

describe("movePhase (the phase table)", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  let fresh: bigint;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    fresh = await createCell(chain, org, 0n, chain.actors.bob, "ipfs://fresh");
  });

  const move = async (cell: bigint, to: number) => {
    const { opgov } = await as(chain, org, "community");
    return opgov.write.act([[action.movePhase(cell, to)], docHash("r"), "r"]);
  };

  it("refuses skipping a phase", async () => {
    await expectRevert(move(fresh, Phase.Organization), "OpGovInvalidPhaseMove", [fresh, Phase.Conversation, Phase.Organization]);
    await expectRevert(move(org.cells.c, Phase.Organization), "OpGovInvalidPhaseMove", [org.cells.c, Phase.Organization, Phase.Organization]);
    await expectRevert(move(org.cells.a, Phase.Formation), "OpGovInvalidPhaseMove", [org.cells.a, Phase.Coordination, Phase.Formation]);
  });

  it("moves one step at a time and creates the member hat on entering Formation", async () => {
    const { opgov, hats } = await as(chain, org, "stranger");
    expect(await opgov.read.memberHatOf([fresh])).toBe(0n);
    const { logs } = await communityAct(chain, org, [action.movePhase(fresh, Phase.Formation)]);
    const created = logs.find((log) => log.eventName === "MemberHatCreated");
    if (!created || created.eventName !== "MemberHatCreated") throw new Error("no MemberHatCreated");
    expect(created.args.cell).toBe(fresh);
    const memberHat = await opgov.read.memberHatOf([fresh]);
    expect(memberHat).toBe(created.args.hat);
    expect(await hats.read.getHatLevel([memberHat])).toBe((await hats.read.getHatLevel([fresh])) + 1);
    expect(await hats.read.isAdminOfHat([chain.actors.bob, memberHat])).toBe(true);
    const changed = logs.find((log) => log.eventName === "CellPhaseChanged");
    expect(changed?.args).toEqual({ cell: fresh, from: Phase.Conversation, to: Phase.Formation });
    expect((await opgov.read.getCell([fresh])).memberHat).toBe(memberHat);
    await advance(chain, org, fresh, Phase.Coordination);
    expect((await opgov.read.getCell([fresh])).phase).toBe(Phase.Coordination);
  });

  it("moves to Completion from any phase, and never out of it", async () => {
    const { opgov } = await as(chain, org, "stranger");
    await mined(chain, move(fresh, Phase.Completion));
    expect((await opgov.read.getCell([fresh])).phase).toBe(Phase.Completion);
    await expectRevert(move(fresh, Phase.Completion), "OpGovInvalidPhaseMove", [fresh, Phase.Completion, Phase.Completion]);
    await expectRevert(move(fresh, Phase.Formation), "OpGovInvalidPhaseMove", [fresh, Phase.Completion, Phase.Formation]);
    await mined(chain, move(org.cells.c, Phase.Completion));
    expect((await opgov.read.getCell([org.cells.c])).phase).toBe(Phase.Completion);
  });
});

describe("Conversation", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  let fresh: bigint;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    fresh = await createCell(chain, org, 0n, chain.actors.bob, "ipfs://fresh");
  });

  it("lets the cell update its group state but not own a domain", async () => {
    const bob = await as(chain, org, "bob");
    await mined(chain, bob.opgov.write.updateGroupState([fresh, "ipfs://s1", docHash("s1"), 0]));
    expect((await bob.opgov.read.getCell([fresh])).stateVersion).toBe(1);
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.assignDomain(fresh, fresh, "ipfs://d")], docHash("r"), "r"]),
      "OpGovPhaseTooEarly",
      [fresh, Phase.Conversation, Phase.Formation],
    );
  });

  it("lets the cell, with its cell hat, propose its own move to Formation", async () => {
    const logs = await runRound(chain, org, fresh, "bob", [action.movePhase(fresh, Phase.Formation)]);
    expect(logs.some((log) => log.eventName === "MemberHatCreated")).toBe(true);
    const { opgov } = await as(chain, org, "stranger");
    expect((await opgov.read.getCell([fresh])).phase).toBe(Phase.Formation);
  });
});

describe("addRoleHat", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
  });

  it("creates a role hat under the cell hat for the cell hat's wearer, up to 16", async () => {
    const eve = await as(chain, org, "eve");
    const hat = (await eve.opgov.simulate.addRoleHat([org.cells.c, "treasurer", 1], { account: chain.actors.eve })).result;
    const receipt = await mined(chain, eve.opgov.write.addRoleHat([org.cells.c, "treasurer", 1]));
    const logs = parseEventLogs({ abi: eve.opgov.abi, logs: receipt.logs, eventName: "RoleHatAdded" });
    expect(logs[0]?.args).toEqual({ cell: org.cells.c, hat });
    expect(await eve.hats.read.getHatLevel([hat])).toBe((await eve.hats.read.getHatLevel([org.cells.c])) + 1);
    expect(await eve.hats.read.isAdminOfHat([chain.actors.eve, hat])).toBe(true);
    for (let i = 1; i < 16; i++) await mined(chain, eve.opgov.write.addRoleHat([org.cells.c, `role ${i}`, 2]));
    expect((await eve.opgov.read.getCell([org.cells.c])).roleHats).toHaveLength(16);
    await expectRevert(eve.opgov.write.addRoleHat([org.cells.c, "one too many", 1]), "OpGovLimitReached", [16n]);
  });

  it("refuses a caller without the cell hat", async () => {
    const frank = await as(chain, org, "frank");
    await expectRevert(frank.opgov.write.addRoleHat([org.cells.c, "x", 1]), "OpGovNotWearer", [chain.actors.frank, org.cells.c]);
  });

  it("refuses a cell in Conversation", async () => {
    const fresh = await createCell(chain, org, 0n, chain.actors.bob, "ipfs://fresh");
    const bob = await as(chain, org, "bob");
    await expectRevert(bob.opgov.write.addRoleHat([fresh, "x", 1]), "OpGovPhaseTooEarly", [fresh, Phase.Conversation, Phase.Formation]);
  });
});

describe("domains and budgets by phase", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  let fresh: bigint;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    fresh = await createCell(chain, org, 0n, chain.actors.bob, "ipfs://fresh");
    await advance(chain, org, fresh, Phase.Formation);
  });

  it("lets a Formation cell own a domain with a zero allowance only", async () => {
    const { opgov } = await as(chain, org, "community");
    await communityAct(chain, org, [action.assignDomain(fresh, fresh, "ipfs://d"), action.setBudget(4, org.token, 0n, 30 * DAY)]);
    expect((await opgov.read.getDomain([4])).owner).toBe(fresh);
    await expectRevert(
      opgov.write.act([[action.setBudget(4, org.token, 1n, 30 * DAY)], docHash("r"), "r"]),
      "OpGovPhaseTooEarly",
      [fresh, Phase.Formation, Phase.Organization],
    );
    await advance(chain, org, fresh, Phase.Organization);
    await communityAct(chain, org, [action.setBudget(4, org.token, 1n, 30 * DAY)]);
    expect((await opgov.read.getBudget([4, org.token])).allowance).toBe(1n);
  });

  it("delegates a domain only from a Coordination cell", async () => {
    const { opgov } = await as(chain, org, "community");
    // C is in Organization: it cannot delegate domain 3 (and it has no sub-cells yet anyway).
    await expectRevert(
      opgov.write.act([[action.delegateDomain(org.domains.c, org.cells.c, org.memberHats.c, "ipfs://d")], docHash("r"), "r"]),
      "OpGovPhaseTooEarly",
      [org.cells.c, Phase.Organization, Phase.Coordination],
    );
  });

  it("refuses a spender hat that is not the cell's", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.assignDomain(fresh, org.memberHats.a, "ipfs://d")], docHash("r"), "r"]),
      "OpGovNotCellHat",
      [fresh, org.memberHats.a],
    );
  });

  it("refuses an unknown domain", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(opgov.write.act([[action.setBudget(99, org.token, 0n, 30 * DAY)], docHash("r"), "r"]), "OpGovUnknownDomain", [99]);
    await expectRevert(opgov.read.getDomain([99]), "OpGovUnknownDomain", [99]);
  });
});

describe("a round in the parent circle", () => {
  it("moves a child cell's phase", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    await runRound(chain, org, org.cells.a, "alice", [action.movePhase(org.cells.b, Phase.Coordination)]);
    const { opgov } = await as(chain, org, "stranger");
    expect((await opgov.read.getCell([org.cells.b])).phase).toBe(Phase.Coordination);
  });
});

describe("Completion", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
  });

  it("turns the cell, member and role hats off (opgov is their toggle)", async () => {
    const eve = await as(chain, org, "eve");
    const role = (await eve.opgov.simulate.addRoleHat([org.cells.c, "role", 1], { account: chain.actors.eve })).result;
    await mined(chain, eve.opgov.write.addRoleHat([org.cells.c, "role", 1]));
    await mined(chain, eve.hats.write.mintHat([role, chain.actors.frank]));
    expect(await eve.hats.read.getHatToggleModule([org.cells.c])).toBe(org.opgov);
    expect(await eve.hats.read.isWearerOfHat([chain.actors.frank, role])).toBe(true);
    await communityAct(chain, org, [action.movePhase(org.cells.c, Phase.Completion)]);
    expect(await eve.hats.read.isWearerOfHat([chain.actors.eve, org.cells.c])).toBe(false);
    expect(await eve.hats.read.isWearerOfHat([chain.actors.frank, org.memberHats.c])).toBe(false);
    expect(await eve.hats.read.isWearerOfHat([chain.actors.frank, role])).toBe(false);
    expect((await eve.opgov.read.getBudget([org.domains.c, org.token])).allowance).toBe(0n);
  });

  it("leaves the cell able to do nothing", async () => {
    await communityAct(chain, org, [action.movePhase(org.cells.c, Phase.Completion)]);
    const eve = await as(chain, org, "eve");
    await expectRevert(eve.opgov.write.addRoleHat([org.cells.c, "x", 1]), "OpGovCellCompleted", [org.cells.c]);
    await expectRevert(eve.opgov.write.updateGroupState([org.cells.c, "u", docHash("u"), 0]), "OpGovCellCompleted", [org.cells.c]);
    await expectRevert(eve.opgov.write.setCellSafe([org.cells.c, org.treasury]), "OpGovCellCompleted", [org.cells.c]);
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.assignDomain(org.cells.c, org.cells.c, "ipfs://d")], docHash("r"), "r"]),
      "OpGovCellCompleted",
      [org.cells.c],
    );
  });

  it("is refused while sub-cells are active, and then decrements the parent's active children", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.movePhase(org.cells.a, Phase.Completion)], docHash("r"), "r"]),
      "OpGovCellHasActiveSubCells",
      [org.cells.a, 1n],
    );
    expect((await opgov.read.getCell([org.cells.a])).activeChildren).toBe(1);
    await communityAct(chain, org, [action.movePhase(org.cells.b, Phase.Completion)]);
    expect((await opgov.read.getCell([org.cells.a])).activeChildren).toBe(0);
    await communityAct(chain, org, [action.movePhase(org.cells.a, Phase.Completion)]);
    expect((await opgov.read.getCell([org.cells.a])).phase).toBe(Phase.Completion);
  });
});

describe("updateGroupState", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
  });

  it("bumps the version and emits GroupStateUpdated, for a member or the cell hat's wearer", async () => {
    const frank = await as(chain, org, "frank");
    const receipt = await mined(chain, frank.opgov.write.updateGroupState([org.cells.c, "ipfs://s1", docHash("s1"), 0]));
    const logs = parseEventLogs({ abi: frank.opgov.abi, logs: receipt.logs, eventName: "GroupStateUpdated" });
    expect(logs[0]?.args).toEqual({ cell: org.cells.c, oldVersion: 0, newVersion: 1, uri: "ipfs://s1", contentHash: docHash("s1") });
    const eve = await as(chain, org, "eve");
    await mined(chain, eve.opgov.write.updateGroupState([org.cells.c, "ipfs://s2", docHash("s2"), 1]));
    const view = await eve.opgov.read.getCell([org.cells.c]);
    expect(view).toMatchObject({ stateVersion: 2, stateUri: "ipfs://s2", stateHash: docHash("s2") });
  });

  it("refuses a stale expected version", async () => {
    const frank = await as(chain, org, "frank");
    await mined(chain, frank.opgov.write.updateGroupState([org.cells.c, "ipfs://s1", docHash("s1"), 0]));
    await expectRevert(frank.opgov.write.updateGroupState([org.cells.c, "ipfs://s1b", docHash("s1b"), 0]), "OpGovStaleGroupState", [
      org.cells.c,
      0,
      1,
    ]);
  });

  it("refuses a stranger", async () => {
    const stranger = await as(chain, org, "stranger");
    await expectRevert(stranger.opgov.write.updateGroupState([org.cells.c, "u", docHash("u"), 0]), "OpGovNotWearer", [
      chain.actors.stranger,
      org.cells.c,
    ]);
  });
});

describe("setCellSafe", () => {
  it("records the cell's Safe for the cell hat's wearer and refuses anyone else", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const eve = await as(chain, org, "eve");
    const receipt = await mined(chain, eve.opgov.write.setCellSafe([org.cells.c, org.treasury]));
    expect(parseEventLogs({ abi: eve.opgov.abi, logs: receipt.logs, eventName: "CellSafeSet" })[0]?.args).toEqual({
      cell: org.cells.c,
      safe: org.treasury,
    });
    expect((await eve.opgov.read.getCell([org.cells.c])).safe).toBe(org.treasury);
    const frank = await as(chain, org, "frank");
    await expectRevert(frank.opgov.write.setCellSafe([org.cells.c, chain.actors.frank]), "OpGovNotWearer", [chain.actors.frank, org.cells.c]);
    await expectRevert(eve.opgov.write.setCellSafe([777n, org.treasury]), "OpGovUnknownCell", [777n]);
  });
});

describe("CellSafeSetup (a cell Safe's setup hook)", () => {
  it("records the new Safe as its cell's Safe and adds its role hats, acting as the Safe; called directly it is refused", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const viem = chain.connection.viem;
    const helper = await viem.deployContract("CellSafeSetup");
    const community = await as(chain, org, "community");
    // The next top-level cell's id (its cell hat) is the root hat's next child.
    const cell = await community.hats.read.getNextId([org.rootHat]);
    const data = encodeFunctionData({ abi: helper.abi, functionName: "setUpCellSafe", args: [org.opgov, cell, ["steward", "treasurer"], 4] });
    const kit = await Safe.init({
      provider: chain.provider,
      signer: chain.actors.community,
      predictedSafe: {
        safeAccountConfig: { owners: [chain.actors.alice, chain.actors.bob], threshold: 2, to: helper.address, data },
        safeDeploymentConfig: { safeVersion: "1.5.0", saltNonce: "42" },
      },
      contractNetworks: chain.contractNetworks,
      isL1SafeSingleton: true,
    });
    const safe = getAddress(await kit.getAddress());
    expect(await createCell(chain, org, 0n, safe, "ipfs://cell-d")).toBe(cell);
    await advance(chain, org, cell, Phase.Formation);
    expect((await community.opgov.read.getCell([cell])).safe).toBe("0x0000000000000000000000000000000000000000");

    await expectRevert(
      (await as(chain, org, "stranger")).opgov.simulate.setCellSafe([cell, safe], { account: helper.address }),
      "OpGovNotWearer",
      [getAddress(helper.address), cell],
    );
    const deployment = await kit.createSafeDeploymentTransaction();
    await mined(chain, chain.wallets.operator.sendTransaction({ to: deployment.to as Address, data: deployment.data as Hex }));
    const view = await community.opgov.read.getCell([cell]);
    expect(view.safe).toBe(safe);
    expect(view.roleHats.length).toBe(2);
    expect(await community.hats.read.isWearerOfHat([safe, cell])).toBe(true);
    // Called directly, the helper acts as itself (it wears no hat): opgov's error comes back through it.
    const direct = getContract({
      address: helper.address,
      abi: [...helper.abi, ...community.opgov.abi.filter((item) => item.type === "error")],
      client: chain.publicClient,
    });
    await expectRevert(direct.simulate.setUpCellSafe([org.opgov, cell, ["again"], 4], { account: chain.actors.stranger }), "OpGovNotWearer", [
      getAddress(helper.address),
      cell,
    ]);
  });
});

describe("setDomainSpender", () => {
  it("changes the spender to a hat of the owner cell and refuses a hat outside it", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const eve = await as(chain, org, "eve");
    await mined(chain, eve.opgov.write.setDomainSpender([org.domains.c, org.cells.c]));
    expect((await eve.opgov.read.getDomain([org.domains.c])).spenderHat).toBe(org.cells.c);
    await expectRevert(eve.opgov.write.setDomainSpender([org.domains.c, org.memberHats.a]), "OpGovNotCellHat", [
      org.cells.c,
      org.memberHats.a,
    ]);
    const frank = await as(chain, org, "frank");
    await expectRevert(frank.opgov.write.setDomainSpender([org.domains.c, org.memberHats.c]), "OpGovNotWearer", [
      chain.actors.frank,
      org.cells.c,
    ]);
    await expectRevert(eve.opgov.write.setDomainSpender([42, org.cells.c]), "OpGovUnknownDomain", [42]);
  });
});

describe("setWearerStanding", () => {
  it("lets a hat's admin revoke a wearer, who loses the hat, and refuses anyone else", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const frank = await as(chain, org, "frank");
    await expectRevert(frank.opgov.write.setWearerStanding([org.memberHats.c, chain.actors.eve, false]), "OpGovNotHatAdmin", [
      chain.actors.frank,
      org.memberHats.c,
    ]);
    const eve = await as(chain, org, "eve");
    const receipt = await mined(chain, eve.opgov.write.setWearerStanding([org.memberHats.c, chain.actors.frank, false]));
    expect(parseEventLogs({ abi: eve.opgov.abi, logs: receipt.logs, eventName: "WearerStandingSet" })[0]?.args).toEqual({
      hat: org.memberHats.c,
      wearer: chain.actors.frank,
      eligible: false,
      by: chain.actors.eve,
    });
    expect(await eve.hats.read.isWearerOfHat([chain.actors.frank, org.memberHats.c])).toBe(false);
    // frank can no longer act as a member.
    await expectRevert(frank.opgov.write.updateGroupState([org.cells.c, "u", docHash("u"), 0]), "OpGovNotWearer");
  });

  it("lets an ancestor's admin revoke a cell hat wearer and reinstate them (re-minted)", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const alice = await as(chain, org, "alice");
    // alice wears A's cell hat: she is an admin of B's cell hat, worn by carol.
    await mined(chain, alice.opgov.write.setWearerStanding([org.cells.b, chain.actors.carol, false]));
    expect(await alice.hats.read.isWearerOfHat([chain.actors.carol, org.cells.b])).toBe(false);
    const carol = await as(chain, org, "carol");
    await expectRevert(carol.opgov.write.setCellSafe([org.cells.b, org.treasury]), "OpGovNotWearer", [chain.actors.carol, org.cells.b]);
    await mined(chain, alice.opgov.write.setWearerStanding([org.cells.b, chain.actors.carol, true]));
    await mined(chain, alice.hats.write.mintHat([org.cells.b, chain.actors.carol]));
    await mined(chain, carol.opgov.write.setCellSafe([org.cells.b, org.treasury]));
    expect((await carol.opgov.read.getCell([org.cells.b])).safe).toBe(org.treasury);
  });

  it("refuses a hat opgov does not manage (another eligibility module) with OpGovNotManagedHat", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const community = await as(chain, org, "community");
    // opgov's root hat: the community is its admin, but its eligibility module is the community.
    await expectRevert(community.opgov.write.setWearerStanding([org.rootHat, org.opgov, false]), "OpGovNotManagedHat", [org.rootHat]);
    // A hat the cell hat wearer created directly in Hats, under the cell hat.
    const eve = await as(chain, org, "eve");
    const args = [org.cells.c, "direct", 1, chain.actors.eve, chain.actors.eve, true, ""] as const;
    const direct = (await eve.hats.simulate.createHat([...args], { account: chain.actors.eve })).result;
    await mined(chain, eve.hats.write.createHat([...args]));
    await expectRevert(eve.opgov.write.setWearerStanding([direct, chain.actors.frank, false]), "OpGovNotManagedHat", [direct]);
  });
});

describe("act", () => {
  let chain: LocalChain;
  let org: BaseOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(baseOrg));
  });

  it("refuses 0 or 17 actions", async () => {
    const { opgov } = await as(chain, org, "community");
    await expectRevert(opgov.write.act([[], docHash("r"), "r"]), "OpGovActionCount", [0n, 16n]);
    const many = Array.from({ length: 17 }, (_, i) => action.policy(`ipfs://p${i}`));
    await expectRevert(opgov.write.act([many, docHash("r"), "r"]), "OpGovActionCount", [17n, 16n]);
  });

  it("emits CommunityActed, the decision record, with the actions and rationale", async () => {
    const actions = [action.policy("ipfs://policy")];
    const { logs } = await communityAct(chain, org, actions, "ipfs://because");
    const acted = logs.find((log) => log.eventName === "CommunityActed");
    if (!acted || acted.eventName !== "CommunityActed") throw new Error("no CommunityActed");
    expect(acted.args).toEqual({ by: chain.actors.community, actions, rationaleHash: docHash("ipfs://because"), rationaleUri: "ipfs://because" });
    expect(logs.some((log) => log.eventName === "PolicyRecorded")).toBe(true);
  });

  it("refuses a caller without the community hat", async () => {
    const { opgov } = await as(chain, org, "stranger");
    await expectRevert(opgov.write.act([[action.policy("p")], docHash("r"), "r"]), "OpGovNotWearer", [chain.actors.stranger, org.topHat]);
  });
});

describe("setConstraints", () => {
  let chain: LocalChain;
  let org: BaseOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(baseOrg));
  });

  it("sets valid constraints and emits ConstraintsSet", async () => {
    const { opgov } = await as(chain, org, "community");
    const next = { ...DEFAULT_CONSTRAINTS, minWindow: 2 * HOUR, requiredParties: MIN_REQUIRED_PARTIES | BigInt(Parties.Community) };
    const receipt = await mined(chain, opgov.write.setConstraints([next]));
    expect(parseEventLogs({ abi: opgov.abi, logs: receipt.logs, eventName: "ConstraintsSet" })[0]?.args.constraints).toEqual(next);
    expect(await opgov.read.constraints()).toEqual(next);
  });

  it("refuses windows that are zero, inverted or above 366 days", async () => {
    const { opgov } = await as(chain, org, "community");
    for (const bad of [
      { minWindow: 0, maxWindow: DAY, executionWindow: DAY },
      { minWindow: 2 * DAY, maxWindow: DAY, executionWindow: DAY },
      { minWindow: DAY, maxWindow: 367 * DAY, executionWindow: DAY },
      { minWindow: DAY, maxWindow: DAY, executionWindow: 0 },
    ]) {
      await expectRevert(opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, ...bad }]), "OpGovInvalidConstraints", [
        bad.minWindow,
        bad.maxWindow,
        bad.executionWindow,
      ]);
    }
  });

  it("refuses dropping the parent circle from Allocation or the cell members from PolicyDecision", async () => {
    const { opgov } = await as(chain, org, "community");
    const noParentOnAllocation = MIN_REQUIRED_PARTIES & ~0xffn;
    await expectRevert(
      opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, requiredParties: noParentOnAllocation }]),
      "OpGovPolicyBelowMinimum",
      [Kind.Allocation, 0, Parties.ParentCircle],
    );
    const policyByCommunity = (MIN_REQUIRED_PARTIES & ~(0xffn << 48n)) | (BigInt(Parties.Community) << 48n);
    await expectRevert(
      opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, requiredParties: policyByCommunity }]),
      "OpGovPolicyBelowMinimum",
      [Kind.PolicyDecision, Parties.Community, Parties.CellMembers],
    );
  });

  it("refuses a caller without the community hat", async () => {
    const { opgov } = await as(chain, org, "stranger");
    await expectRevert(opgov.write.setConstraints([DEFAULT_CONSTRAINTS]), "OpGovNotWearer", [chain.actors.stranger, org.topHat]);
  });
});

describe("setTokenPolicy and setSpendingPaused", () => {
  it("record the policy and the pause, with events", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    const { opgov } = await as(chain, org, "community");
    const other: Address = getAddress("0x00000000000000000000000000000000000000aa");
    const policyReceipt = await mined(chain, opgov.write.setTokenPolicy([other, true, 5n]));
    expect(parseEventLogs({ abi: opgov.abi, logs: policyReceipt.logs, eventName: "TokenPolicySet" })[0]?.args).toEqual({
      token: other,
      allowed: true,
      capPerDomain: 5n,
    });
    expect(await opgov.read.tokenPolicy([other])).toEqual([true, 5n]);
    const pauseReceipt = await mined(chain, opgov.write.setSpendingPaused([true]));
    expect(parseEventLogs({ abi: opgov.abi, logs: pauseReceipt.logs, eventName: "SpendingPausedSet" })[0]?.args).toEqual({ paused: true });
    expect((await opgov.read.constraints()).spendingPaused).toBe(true);
    const stranger = await as(chain, org, "stranger");
    await expectRevert(stranger.opgov.write.setTokenPolicy([NATIVE, false, 0n]), "OpGovNotWearer");
    await expectRevert(stranger.opgov.write.setSpendingPaused([false]), "OpGovNotWearer");
  });
});

describe("the lens", () => {
  it("returns every cell, domain, budget and round of the fixture in one call each", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "stranger");
    const token = getAddress(org.token);
    const ids = await opgov.read.cellIds([0n, 100n]);
    const cells = await opgov.read.getCells([ids]);
    expect(cells.map((cell) => cell.id)).toEqual([org.cells.a, org.cells.b, org.cells.c]);
    expect(cells.map((cell) => cell.phase)).toEqual([Phase.Coordination, Phase.Organization, Phase.Organization]);
    expect(cells[0]?.domains).toEqual([org.domains.a]);
    const domains = await opgov.read.getDomains([1n, 100n]);
    expect(domains.map((domain) => [domain.id, domain.owner, domain.parent])).toEqual([
      [1, org.cells.a, 0],
      [2, org.cells.b, 1],
      [3, org.cells.c, 0],
    ]);
    expect(domains[0]?.tokens).toEqual([token, NATIVE]);
    const budgets = await opgov.read.getBudgets([[1, 2, 3]]);
    expect(budgets.map((budget) => [budget.domain, budget.token])).toEqual([
      [1, token],
      [1, NATIVE],
      [2, token],
      [3, token],
    ]);
    const round = await (async () => {
      const alice = await as(chain, org, "alice");
      const actions = [action.policy("ipfs://p")];
      const objectorHats = [...(await alice.opgov.read.requiredObjectorHats([org.cells.a, actions]))];
      const content = { scope: org.cells.a, salt: docHash("s"), objectorHats, actions, rationaleHash: docHash("why") };
      const id = (await alice.opgov.simulate.propose([content, HOUR, "ipfs://why"], { account: chain.actors.alice })).result;
      await mined(chain, alice.opgov.write.propose([content, HOUR, "ipfs://why"]));
      return id;
    })();
    const rounds = await opgov.read.getRounds([[round]]);
    expect(rounds).toHaveLength(1);
  });
});

describe("the instance's fallback and the shared singletons", () => {
  it("refuses an unknown selector with OpGovUnknownSelector", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    const selector = toFunctionSelector("doesNotExist(uint256)");
    const { opgov } = await as(chain, org, "stranger");
    const fake = { type: "function", name: "doesNotExist", inputs: [{ type: "uint256", name: "x" }], outputs: [], stateMutability: "nonpayable" } as const;
    await expectRevert(
      chain.publicClient.simulateContract({ address: org.opgov, abi: [...opgov.abi, fake], functionName: "doesNotExist", args: [1n], account: chain.actors.stranger }),
      "OpGovUnknownSelector",
      [selector],
    );
    // Hats' hooks and the round-action entry point are refused the same way.
    const applySelector = toFunctionSelector("applyRoundAction(bytes32,uint256,(uint8,bytes),uint256)");
    const getHatStatus = toFunctionSelector("getHatStatus(uint256)");
    for (const refused of [applySelector, getHatStatus]) {
      const result = await chain.publicClient.call({ to: org.opgov, data: `${refused}${"00".repeat(32)}` as Hex }).then(
        () => "ok",
        (error: Error) => error.message,
      );
      expect(result).not.toBe("ok");
    }
  });

  it("refuses applyRoundAction called on the extension directly", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    const extension = await chain.connection.viem.getContractAt("OpGovExtension", chain.addresses.opgov.extension, {
      client: { wallet: chain.wallets.stranger },
    });
    await expectRevert(
      extension.write.applyRoundAction([`0x${"00".repeat(32)}`, 0n, action.createCell(0n, chain.actors.stranger, "x"), 0n]),
      "OpGovNotDelegated",
    );
    expect(org.opgov).not.toBe(extension.address);
  });
});

describe("the cell tree's depth", () => {
  it("nests cells down to Hats' last level and refuses one more with OpGovLimitReached(14)", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    const { hats, opgov } = await as(chain, org, "stranger");
    const rootLevel = await hats.read.getHatLevel([org.rootHat]);
    let parent = 0n;
    let deepest = 0n;
    // Cells at levels rootLevel + 1 .. 13 (their member hats at up to level 14).
    for (let level = rootLevel + 1; level <= 13; level++) {
      deepest = await createCell(chain, org, parent, chain.actors.alice, `ipfs://depth-${level}`);
      expect(await hats.read.getHatLevel([deepest])).toBe(level);
      await advance(chain, org, deepest, Phase.Coordination);
      parent = deepest;
    }
    const memberHat = await opgov.read.memberHatOf([deepest]);
    expect(await hats.read.getHatLevel([memberHat])).toBe(14);
    const community = await as(chain, org, "community");
    await expectRevert(
      community.opgov.write.act([[action.createCell(deepest, chain.actors.bob, "ipfs://too-deep")], docHash("r"), "r"]),
      "OpGovLimitReached",
      [14n],
    );
    // The deepest cell still works: it can own a domain spent by its member hat.
    await communityAct(chain, org, [action.assignDomain(deepest, memberHat, "ipfs://deep-domain")]);
    expect((await opgov.read.getDomain([1])).spenderHat).toBe(memberHat);
  });
});

describe("reads of things that do not exist", () => {
  it("refuse an unknown cell and clip ranges to what exists", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "stranger");
    await expectRevert(opgov.read.getCell([999n]), "OpGovUnknownCell", [999n]);
    await expectRevert(opgov.read.getCells([[org.cells.a, 999n]]), "OpGovUnknownCell", [999n]);
    expect(await opgov.read.cellIds([3n, 10n])).toEqual([]);
    expect(await opgov.read.cellIds([100n, 10n])).toEqual([]);
    expect(await opgov.read.getDomains([4n, 10n])).toEqual([]);
    expect(await opgov.read.domainCount()).toBe(3n);
    const alice = await as(chain, org, "alice");
    await expectRevert(alice.opgov.write.addRoleHat([999n, "x", 1]), "OpGovUnknownCell", [999n]);
    await expectRevert(alice.opgov.write.updateGroupState([999n, "u", docHash("u"), 0]), "OpGovUnknownCell", [999n]);
  });
});

describe("delegateDomain (a community act)", () => {
  it("refuses delegating to a cell that is not a sub-cell of the parent domain's owner", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "community");
    // C is top-level, not a sub-cell of A.
    await expectRevert(
      opgov.write.act([[action.delegateDomain(org.domains.a, org.cells.c, org.memberHats.c, "ipfs://d")], docHash("r"), "r"]),
      "OpGovNotCellHat",
      [org.cells.a, org.cells.c],
    );
  });
});

describe("a completed cell's members", () => {
  it("can no longer spend: their member hat is off", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    await communityAct(chain, org, [action.movePhase(org.cells.c, Phase.Completion)]);
    const frank = await as(chain, org, "frank");
    await expectRevert(frank.opgov.write.spend([org.domains.c, org.token, chain.actors.frank, 1n, `0x${"00".repeat(32)}`]), "OpGovNotWearer", [
      chain.actors.frank,
      org.memberHats.c,
    ]);
    expect((await frank.opgov.read.getBudget([org.domains.c, org.token])).remaining).toBe(0n);
  });
});

describe("Completion of a sub-cell with a delegated domain", () => {
  it("returns the slice to the parent domain and zeroes the child's", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "stranger");
    const parentBefore = await opgov.read.getBudget([org.domains.a, org.token]);
    expect(parentBefore.delegated).toBe(parseEther("2000"));
    const carol = await as(chain, org, "carol");
    await mined(chain, carol.opgov.write.spend([org.domains.b, org.token, chain.actors.stranger, parseEther("500"), ZERO_HASH]));
    await communityAct(chain, org, [action.movePhase(org.cells.b, Phase.Completion)]);
    const child = await opgov.read.getBudget([org.domains.b, org.token]);
    expect(child.allowance).toBe(0n);
    expect(child.remaining).toBe(0n);
    const parent = await opgov.read.getBudget([org.domains.a, org.token]);
    expect(parent.delegated).toBe(0n);
    expect(parent.allowance).toBe(parseEther("10000"));
    expect(parent.ownAllowance).toBe(parseEther("10000"));
    // What the two could still spend together this epoch does not grow: 8,000 + 1,500.
    expect(parent.remaining).toBe(parentBefore.remaining + parseEther("1500"));
    expect((await opgov.read.getCell([org.cells.a])).activeChildren).toBe(0);
  });
});

describe("a round in the parent circle creating a sub-cell", () => {
  it("creates the cell under the parent's hat and counts it as an active child", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const logs = await runRound(chain, org, org.cells.a, "bob", [action.createCell(org.cells.a, chain.actors.dave, "ipfs://by-round")]);
    const created = logs.find((log) => log.eventName === "CellCreated");
    if (!created || created.eventName !== "CellCreated") throw new Error("no CellCreated");
    const { opgov, hats } = await as(chain, org, "stranger");
    expect(created.args.parent).toBe(org.cells.a);
    expect(await hats.read.isAdminOfHat([chain.actors.alice, created.args.cell])).toBe(true);
    expect(await hats.read.isWearerOfHat([chain.actors.dave, created.args.cell])).toBe(true);
    expect((await opgov.read.getCell([org.cells.a])).activeChildren).toBe(2);
  });
});

describe("assignDomain (a community act)", () => {
  it("gives a cell at most 16 domains (OpGovLimitReached(16))", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const { opgov } = await as(chain, org, "community");
    // C owns domain 3 already: 15 more reach the limit.
    await communityAct(
      chain,
      org,
      Array.from({ length: 15 }, (_, i) => action.assignDomain(org.cells.c, org.memberHats.c, `ipfs://c-${i}`)),
    );
    expect((await opgov.read.getCell([org.cells.c])).domains).toHaveLength(16);
    await expectRevert(
      opgov.write.act([[action.assignDomain(org.cells.c, org.memberHats.c, "ipfs://one-more")], docHash("r"), "r"]),
      "OpGovLimitReached",
      [16n],
    );
    // The domain's record: owner, spender hat, description.
    const domain = await opgov.read.getDomain([4]);
    expect(domain).toMatchObject({ id: 4, owner: org.cells.c, parent: 0, spenderHat: org.memberHats.c, depth: 0, descriptionUri: "ipfs://c-0", descriptionHash: docHash("ipfs://c-0") });
  });

  it("accepts the cell hat, the member hat or a role hat as spender", async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    const eve = await as(chain, org, "eve");
    const role = (await eve.opgov.simulate.addRoleHat([org.cells.c, "buyer", 1], { account: chain.actors.eve })).result;
    await mined(chain, eve.opgov.write.addRoleHat([org.cells.c, "buyer", 1]));
    await communityAct(chain, org, [
      action.assignDomain(org.cells.c, org.cells.c, "ipfs://by-cell-hat"),
      action.assignDomain(org.cells.c, role, "ipfs://by-role"),
    ]);
    expect((await eve.opgov.read.getDomain([4])).spenderHat).toBe(org.cells.c);
    expect((await eve.opgov.read.getDomain([5])).spenderHat).toBe(role);
    // B's member hat sits two levels under A's cell hat: not A's.
    const { opgov } = await as(chain, org, "community");
    await expectRevert(
      opgov.write.act([[action.assignDomain(org.cells.a, org.memberHats.b, "ipfs://x")], docHash("r"), "r"]),
      "OpGovNotCellHat",
      [org.cells.a, org.memberHats.b],
    );
  });
});

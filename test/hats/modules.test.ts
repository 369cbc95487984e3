// How HatsCompat consults toggle and eligibility modules, and what it falls back to, as Hats v1
// documents: a module's answer counts only when the call succeeds with exactly one word (toggle) or
// two words (eligibility), each 0 or 1; otherwise the stored status or standing is used.
import { getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, childId, connectHats, expectRevert } from "./fixture.js";

const connection = await connectHats();
const { hats, accounts, networkHelpers, viem, hatsEvents } = connection;
const { dao, alice, bob, carol, dave, erin, toggleEoa, eligibilityEoa } = accounts;

const tree = () => networkHelpers.loadFixture(treeFixture);
async function treeFixture() {
  const built = await buildTree(connection);
  const reverting = await viem.deployContract("RevertingModuleMock");
  const malformed = await viem.deployContract("MalformedModuleMock");
  return { ...built, reverting, malformed };
}

/** Wearing as every read reports it, so one assertion covers them all. */
async function wearing(account: `0x${string}`, hatId: bigint) {
  const [isWearer, balance, [batch]] = await Promise.all([
    hats.read.isWearerOfHat([account, hatId]),
    hats.read.balanceOf([account, hatId]),
    hats.read.balanceOfBatch([[account], [hatId]]),
  ]);
  expect(balance).toBe(isWearer ? 1n : 0n);
  expect(batch).toBe(balance);
  return isWearer;
}

describe("a mechanistic toggle", () => {
  it("turns a hat off and on for every wearer at once, with no transaction to Hats", async () => {
    const { ids, toggle } = await tree();
    await toggle.write.setActive([ids.member, false]);
    expect(await wearing(bob, ids.member)).toBe(false);
    expect(await hats.read.isActive([ids.member])).toBe(false);
    expect((await hats.read.viewHat([ids.member]))[8]).toBe(false);
    await toggle.write.setActive([ids.member, true]);
    expect(await wearing(bob, ids.member)).toBe(true);
  });

  it("takes admin power away with the hat: the wearer of an inactive admin hat is no admin", async () => {
    const { ids, toggle } = await tree();
    expect(await hats.read.isAdminOfHat([alice, ids.member])).toBe(true);
    await toggle.write.setActive([ids.cell, false]);
    expect(await hats.read.isAdminOfHat([alice, ids.member])).toBe(false);
    await expectRevert(hats.write.mintHat([ids.member, dave], { account: alice }), "NotAdmin", [alice, ids.member]);
  });

  it("has its answer stored by checkHatStatus, which emits HatStatusChanged only on a change", async () => {
    const { ids, toggle } = await tree();
    expect((await hats.simulate.checkHatStatus([ids.member], { account: dave })).result).toBe(false);
    await toggle.write.setActive([ids.member, false]);
    expect((await hats.simulate.checkHatStatus([ids.member], { account: dave })).result).toBe(true);
    const hash = await hats.write.checkHatStatus([ids.member], { account: dave });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "HatStatusChanged", args: { hatId: ids.member, newStatus: false } },
    ]);
    expect(await hatsEvents(await hats.write.checkHatStatus([ids.member], { account: dave }))).toEqual([]);
  });

  it("cannot push a status: only its address may call setHatStatus, and it is a contract without that call", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.setHatStatus([ids.member, false], { account: dao }), "NotHatsToggle");
  });
});

describe("a mechanistic eligibility module", () => {
  it("makes an ineligible wearer stop wearing at once, in good standing and still holding the token", async () => {
    const { ids, eligibility } = await tree();
    await eligibility.write.setWearerStatus([bob, ids.member, false, true]);
    expect(await wearing(bob, ids.member)).toBe(false);
    expect(await hats.read.isEligible([bob, ids.member])).toBe(false);
    expect(await hats.read.isInGoodStanding([bob, ids.member])).toBe(true);
    expect(await hats.read.hatSupply([ids.member])).toBe(1);
    await eligibility.write.setWearerStatus([bob, ids.member, true, true]);
    expect(await wearing(bob, ids.member)).toBe(true);
  });

  it("treats a wearer in bad standing as ineligible even when the module says eligible", async () => {
    const { ids, eligibility } = await tree();
    await eligibility.write.setWearerStatus([bob, ids.member, true, false]);
    expect(await wearing(bob, ids.member)).toBe(false);
    expect(await hats.read.isEligible([bob, ids.member])).toBe(false);
    expect(await hats.read.isInGoodStanding([bob, ids.member])).toBe(false);
    // Nothing is stored until someone applies the ruling.
    expect(await hats.read.badStandings([ids.member, bob])).toBe(false);
  });

  it("has its ruling applied by checkHatWearerStatus: burn first, then the standing", async () => {
    const { ids, eligibility } = await tree();
    await eligibility.write.setWearerStatus([bob, ids.member, true, false]);
    const hash = await hats.write.checkHatWearerStatus([ids.member, bob], { account: dave });
    expect(await hatsEvents(hash)).toEqual([
      {
        eventName: "TransferSingle",
        args: {
          operator: dave,
          from: bob,
          to: "0x0000000000000000000000000000000000000000",
          id: ids.member,
          amount: 1n,
        },
      },
      { eventName: "WearerStandingChanged", args: { hatId: ids.member, wearer: bob, wearerStanding: false } },
    ]);
    expect(await hats.read.badStandings([ids.member, bob])).toBe(true);
    expect(await hats.read.hatSupply([ids.member])).toBe(0);
  });
});

describe("a module that reverts", () => {
  it("leaves the stored status and standing in force", async () => {
    const { ids, reverting } = await tree();
    const hat = childId(ids.top, 1, 4);
    await hats.write.createHat([ids.top, "r", 2, reverting.address, reverting.address, true, ""], { account: dao });
    await hats.write.mintHat([hat, dave], { account: dao });
    expect(await wearing(dave, hat)).toBe(true);
    expect(await hats.read.isActive([hat])).toBe(true);
    expect(await hats.read.isEligible([erin, hat])).toBe(true);
    expect(await hats.read.isInGoodStanding([erin, hat])).toBe(true);
  });

  it("keeps an inactive status and a bad standing that were stored before it was set", async () => {
    const { ids, toggle, eligibility, reverting } = await tree();
    // The old toggle's answer (inactive) is stored when the toggle changes.
    await toggle.write.setActive([ids.member, false]);
    const hash = await hats.write.changeHatToggle([ids.member, reverting.address], { account: dao });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "HatStatusChanged", args: { hatId: ids.member, newStatus: false } },
      { eventName: "HatToggleChanged", args: { hatId: ids.member, newToggle: getAddress(reverting.address) } },
    ]);
    expect(await hats.read.isActive([ids.member])).toBe(false);
    // A bad standing applied from the old module stays after the switch.
    await eligibility.write.setWearerStatus([bob, ids.member, true, false]);
    await hats.write.checkHatWearerStatus([ids.member, bob], { account: dave });
    await hats.write.changeHatEligibility([ids.member, reverting.address], { account: dao });
    expect(await hats.read.isEligible([bob, ids.member])).toBe(false);
    expect(await hats.read.isEligible([carol, ids.member])).toBe(true);
  });

  it("cannot be checked: checkHatStatus and checkHatWearerStatus revert", async () => {
    const { ids, reverting } = await tree();
    await hats.write.changeHatToggle([ids.member, reverting.address], { account: dao });
    await hats.write.changeHatEligibility([ids.member, reverting.address], { account: dao });
    await expectRevert(hats.write.checkHatStatus([ids.member], { account: dave }), "NotHatsToggle");
    await expectRevert(hats.write.checkHatWearerStatus([ids.member, bob], { account: dave }), "NotHatsEligibility");
  });
});

describe("a module that returns malformed data", () => {
  const modes = [
    ["no data", 0],
    ["31 bytes", 1],
    ["a word that is not 0 or 1", 2],
    ["one word too many", 3],
  ] as const;

  it.each(modes)("is ignored when it returns %s: stored status and standing apply", async (_label, mode) => {
    const { ids, malformed } = await tree();
    await malformed.write.setMode([mode]);
    // humanistic: dave wears it and is in good standing; erin was put in bad standing; status off.
    await hats.write.mintHat([ids.humanistic, dave], { account: dao });
    await hats.write.mintHat([ids.humanistic, erin], { account: dao });
    await hats.write.setHatWearerStatus([ids.humanistic, erin, true, false], { account: eligibilityEoa });
    await hats.write.setHatStatus([ids.humanistic, false], { account: toggleEoa });
    await hats.write.changeHatToggle([ids.humanistic, malformed.address], { account: dao });
    await hats.write.changeHatEligibility([ids.humanistic, malformed.address], { account: dao });
    expect(await hats.read.isActive([ids.humanistic])).toBe(false);
    expect(await wearing(dave, ids.humanistic)).toBe(false);
    expect(await hats.read.isEligible([dave, ids.humanistic])).toBe(true);
    expect(await hats.read.isEligible([erin, ids.humanistic])).toBe(false);
    expect(await hats.read.isInGoodStanding([erin, ids.humanistic])).toBe(false);
    await expectRevert(hats.write.checkHatStatus([ids.humanistic], { account: dave }), "NotHatsToggle");
    await expectRevert(
      hats.write.checkHatWearerStatus([ids.humanistic, dave], { account: dave }),
      "NotHatsEligibility",
    );
    // A hat whose stored status is active stays active behind the same module.
    await hats.write.changeHatToggle([ids.member, malformed.address], { account: dao });
    await hats.write.changeHatEligibility([ids.member, malformed.address], { account: dao });
    expect(await wearing(bob, ids.member)).toBe(true);
  });
});

describe("EOA modules", () => {
  it("set the stored status with setHatStatus, which reports and emits only real changes", async () => {
    const { ids } = await tree();
    expect((await hats.simulate.setHatStatus([ids.humanistic, true], { account: toggleEoa })).result).toBe(false);
    const hash = await hats.write.setHatStatus([ids.humanistic, false], { account: toggleEoa });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "HatStatusChanged", args: { hatId: ids.humanistic, newStatus: false } },
    ]);
    expect(await wearing(bob, ids.humanistic)).toBe(false);
    expect(await hatsEvents(await hats.write.setHatStatus([ids.humanistic, false], { account: toggleEoa }))).toEqual(
      [],
    );
  });

  it("revoke without a bad standing: the hat burns and the wearer may get it again", async () => {
    const { ids } = await tree();
    const hash = await hats.write.setHatWearerStatus([ids.humanistic, bob, false, true], { account: eligibilityEoa });
    expect((await hatsEvents(hash)).map((e) => e.eventName)).toEqual(["TransferSingle"]);
    expect(await wearing(bob, ids.humanistic)).toBe(false);
    expect(await hats.read.hatSupply([ids.humanistic])).toBe(0);
    await hats.write.mintHat([ids.humanistic, bob], { account: dao });
    expect(await wearing(bob, ids.humanistic)).toBe(true);
  });

  it("put a wearer in bad standing, which burns the hat and blocks minting until restored", async () => {
    const { ids } = await tree();
    const hash = await hats.write.setHatWearerStatus([ids.humanistic, bob, true, false], { account: eligibilityEoa });
    expect((await hatsEvents(hash)).map((e) => e.eventName)).toEqual(["TransferSingle", "WearerStandingChanged"]);
    expect(await hats.read.badStandings([ids.humanistic, bob])).toBe(true);
    await expectRevert(hats.write.mintHat([ids.humanistic, bob], { account: dao }), "NotEligible");
    const restore = await hats.write.setHatWearerStatus([ids.humanistic, bob, true, true], { account: eligibilityEoa });
    expect(await hatsEvents(restore)).toEqual([
      { eventName: "WearerStandingChanged", args: { hatId: ids.humanistic, wearer: bob, wearerStanding: true } },
    ]);
    expect(await wearing(bob, ids.humanistic)).toBe(false);
    await hats.write.mintHat([ids.humanistic, bob], { account: dao });
    expect(await wearing(bob, ids.humanistic)).toBe(true);
  });

  it("rule on accounts that do not wear the hat: only the standing changes", async () => {
    const { ids } = await tree();
    expect(
      (await hats.simulate.setHatWearerStatus([ids.humanistic, dave, true, true], { account: eligibilityEoa })).result,
    ).toBe(false);
    const hash = await hats.write.setHatWearerStatus([ids.humanistic, dave, false, false], { account: eligibilityEoa });
    expect((await hatsEvents(hash)).map((e) => e.eventName)).toEqual(["WearerStandingChanged"]);
  });

  it("cannot be checked: checkHatStatus and checkHatWearerStatus revert", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.checkHatStatus([ids.humanistic], { account: dave }), "NotHatsToggle");
    await expectRevert(hats.write.checkHatWearerStatus([ids.humanistic, bob], { account: dave }), "NotHatsEligibility");
  });

  it("replace a mechanistic module at once: its answers stop counting", async () => {
    const { ids, toggle, eligibility } = await tree();
    await eligibility.write.setWearerStatus([bob, ids.member, false, true]);
    await toggle.write.setActive([ids.member, false]);
    const hash = await hats.write.changeHatEligibility([ids.member, eligibilityEoa], { account: dao });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "HatEligibilityChanged", args: { hatId: ids.member, newEligibility: eligibilityEoa } },
    ]);
    await hats.write.changeHatToggle([ids.member, toggleEoa], { account: dao });
    // The toggle's last answer (inactive) was stored; the module's ineligibility was not.
    expect(await hats.read.isActive([ids.member])).toBe(false);
    await hats.write.setHatStatus([ids.member, true], { account: toggleEoa });
    expect(await wearing(bob, ids.member)).toBe(true);
  });
});

describe("a hat without modules (a top hat)", () => {
  it("is active, its wearer eligible, and no one can set its status", async () => {
    const { ids } = await tree();
    expect(await wearing(dao, ids.top)).toBe(true);
    expect(await hats.read.isActive([ids.top])).toBe(true);
    expect(await hats.read.isEligible([erin, ids.top])).toBe(true);
    expect(await hats.read.isInGoodStanding([erin, ids.top])).toBe(true);
    await expectRevert(hats.write.setHatStatus([ids.top, false], { account: dao }), "NotHatsToggle");
    await expectRevert(
      hats.write.setHatWearerStatus([ids.top, dao, false, false], { account: dao }),
      "NotHatsEligibility",
    );
    await expectRevert(hats.write.checkHatStatus([ids.top], { account: dao }), "NotHatsToggle");
    await expectRevert(hats.write.checkHatWearerStatus([ids.top, dao], { account: dao }), "NotHatsEligibility");
  });
});

describe("one contract as both toggle and eligibility module", () => {
  it("is asked as toggle and as eligibility module, also after the toggle moves elsewhere", async () => {
    const { ids, toggle } = await tree();
    const both = await viem.deployContract("ToggleEligibilityModuleMock");
    const hat = await hats.read.getNextId([ids.top]);
    await hats.write.createHat([ids.top, "both", 5, both.address, both.address, true, ""], { account: dao });
    await hats.write.mintHat([hat, erin], { account: dao });
    expect(await wearing(erin, hat)).toBe(true);
    await both.write.setActive([hat, false]);
    expect(await wearing(erin, hat)).toBe(false);
    expect(await hats.read.isActive([hat])).toBe(false);
    await both.write.setActive([hat, true]);
    await both.write.setEligible([erin, hat, false]);
    expect(await wearing(erin, hat)).toBe(false);
    await both.write.setEligible([erin, hat, true]);
    expect(await wearing(erin, hat)).toBe(true);

    // The toggle moves to another module: that one is asked, the first only for eligibility.
    await hats.write.changeHatToggle([hat, toggle.address], { account: dao });
    await both.write.setActive([hat, false]);
    expect(await wearing(erin, hat)).toBe(true);
    await toggle.write.setActive([hat, false]);
    expect(await wearing(erin, hat)).toBe(false);
    await toggle.write.setActive([hat, true]);
    // And back, through the eligibility side: the same contract is both again.
    await hats.write.changeHatToggle([hat, both.address], { account: dao });
    expect(await wearing(erin, hat)).toBe(false);
    await both.write.setActive([hat, true]);
    await hats.write.changeHatEligibility([hat, toggle.address], { account: dao });
    await both.write.setEligible([erin, hat, false]);
    expect(await wearing(erin, hat)).toBe(true);
    await both.write.setActive([hat, false]);
    expect(await wearing(erin, hat)).toBe(false);
  });
});

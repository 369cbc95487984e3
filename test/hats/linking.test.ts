// Linked trees: a top hat grafted under a hat of another tree, as Hats v1 documents it.
import { getAddress, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, childId, connectHats, expectRevert, topHatId } from "./fixture.js";

const connection = await connectHats();
const { hats, accounts, networkHelpers, hatsEvents } = connection;
const { dao, alice, bob, carol, dave, erin, toggleEoa, eligibilityEoa } = accounts;

const subTop = topHatId(2);
const subHat = childId(subTop, 1, 1);

/** Tree 1 from buildTree, and tree 2 (top hat worn by erin, one child worn by carol), unlinked. */
const trees = () => networkHelpers.loadFixture(treesFixture);
async function treesFixture() {
  const built = await buildTree(connection);
  await hats.write.mintTopHat([erin, "sub-dao", "ipfs://sub"], { account: erin });
  await hats.write.createHat([subTop, "sub member", 5, eligibilityEoa, toggleEoa, true, ""], { account: erin });
  await hats.write.mintHat([subHat, carol], { account: erin });
  return built;
}

/** Tree 2 linked under tree 1's cell hat, with the mock modules and new details on its root. */
const linked = () => networkHelpers.loadFixture(linkedFixture);
async function linkedFixture() {
  const built = await trees();
  const { ids, toggle, eligibility } = built;
  await hats.write.requestLinkTopHatToTree([2, ids.cell], { account: erin });
  const approval = await hats.write.approveLinkTopHatToTree(
    [2, ids.cell, eligibility.address, toggle.address, "grafted", ""],
    {
      account: alice,
    },
  );
  return { ...built, approval };
}

describe("requestLinkTopHatToTree", () => {
  it("records the request of the top hat's wearer, and a new request replaces it", async () => {
    const { ids } = await trees();
    const hash = await hats.write.requestLinkTopHatToTree([2, ids.member], { account: erin });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "TopHatLinkRequested", args: { domain: 2, newAdmin: ids.member } },
    ]);
    await hats.write.requestLinkTopHatToTree([2, ids.cell], { account: erin });
    expect(await hats.read.linkedTreeRequests([2])).toBe(ids.cell);
  });
});

describe("approveLinkTopHatToTree", () => {
  it("grafts the tree: the root is no top hat and hangs under the approving hat", async () => {
    const { ids, approval, toggle, eligibility } = await linked();
    expect(await hatsEvents(approval)).toEqual([
      { eventName: "HatEligibilityChanged", args: { hatId: subTop, newEligibility: getAddress(eligibility.address) } },
      { eventName: "HatToggleChanged", args: { hatId: subTop, newToggle: getAddress(toggle.address) } },
      { eventName: "HatDetailsChanged", args: { hatId: subTop, newDetails: "grafted" } },
      { eventName: "TopHatLinked", args: { domain: 2, newAdmin: ids.cell } },
    ]);
    expect(await hats.read.linkedTreeRequests([2])).toBe(0n);
    expect(await hats.read.linkedTreeAdmins([2])).toBe(ids.cell);
    expect(await hats.read.isTopHat([subTop])).toBe(false);
    expect(await hats.read.isLocalTopHat([subTop])).toBe(true);
    expect(await hats.read.getTippyTopHatDomain([2])).toBe(1);
    expect(await hats.read.sameTippyTopHatDomain([2, ids.member])).toBe(true);
  });

  it("counts levels and finds admins through the link", async () => {
    const { ids } = await linked();
    expect(await hats.read.getHatLevel([subTop])).toBe(2);
    expect(await hats.read.getHatLevel([subHat])).toBe(3);
    expect(await hats.read.getLocalHatLevel([subHat])).toBe(1);
    expect(await hats.read.getAdminAtLevel([subHat, 0])).toBe(ids.top);
    expect(await hats.read.getAdminAtLevel([subHat, 1])).toBe(ids.cell);
    expect(await hats.read.getAdminAtLevel([subHat, 2])).toBe(subTop);
    expect(await hats.read.getAdminAtLevel([subHat, 3])).toBe(subHat);
  });

  it("makes the parent tree's wearers admins of the linked tree, and the root's wearer no longer its own admin", async () => {
    await linked();
    expect(await hats.read.isAdminOfHat([alice, subTop])).toBe(true);
    expect(await hats.read.isAdminOfHat([dao, subHat])).toBe(true);
    expect(await hats.read.isAdminOfHat([erin, subTop])).toBe(false);
    expect(await hats.read.isAdminOfHat([erin, subHat])).toBe(true);
    await hats.write.mintHat([subHat, dave], { account: dao });
    expect(await hats.read.isWearerOfHat([dave, subHat])).toBe(true);
  });

  it("puts the root under the modules given on approval", async () => {
    const { toggle } = await linked();
    await toggle.write.setActive([subTop, false]);
    expect(await hats.read.isWearerOfHat([erin, subTop])).toBe(false);
    expect(await hats.read.isAdminOfHat([erin, subHat])).toBe(false);
  });

  it("subjects the root to ordinary mutability: an immutable root's details no longer change", async () => {
    await linked();
    await expectRevert(hats.write.changeHatDetails([subTop, "x"], { account: alice }), "Immutable");
    await expectRevert(hats.write.transferHat([subTop, erin, dave], { account: alice }), "Immutable");
  });

  it("lets a linked tree receive another tree, levels adding up through both links", async () => {
    const { ids } = await linked();
    await hats.write.mintTopHat([dave, "sub-sub", ""], { account: dave });
    await hats.write.requestLinkTopHatToTree([3, subHat], { account: dave });
    await hats.write.approveLinkTopHatToTree([3, subHat, zeroAddress, zeroAddress, "", ""], { account: erin });
    expect(await hats.read.getHatLevel([topHatId(3)])).toBe(4);
    expect(await hats.read.getTippyTopHatDomain([3])).toBe(1);
    expect(await hats.read.getAdminAtLevel([topHatId(3), 1])).toBe(ids.cell);
    expect(await hats.read.isAdminOfHat([alice, topHatId(3)])).toBe(true);
    expect(await hats.read.noCircularLinkage([1, topHatId(3)])).toBe(false);
    expect(await hats.read.noCircularLinkage([3, ids.member])).toBe(true);
  });
});

describe("relinkTopHatWithinTree", () => {
  it("moves a linked tree under another hat of the same tippy-top tree", async () => {
    const { ids } = await linked();
    const hash = await hats.write.relinkTopHatWithinTree(
      [2, ids.humanistic, zeroAddress, zeroAddress, "", "ipfs://moved"],
      {
        account: dao,
      },
    );
    expect((await hatsEvents(hash)).map((e) => e.eventName)).toEqual(["HatImageURIChanged", "TopHatLinked"]);
    expect(await hats.read.linkedTreeAdmins([2])).toBe(ids.humanistic);
    expect(await hats.read.isAdminOfHat([alice, subTop])).toBe(false);
    expect(await hats.read.isAdminOfHat([bob, subTop])).toBe(true);
    expect(await hats.read.getImageURIForHat([subHat])).toBe("ipfs://moved");
  });
});

describe("unlinkTopHatFromTree", () => {
  it("makes the root a top hat again: its own admin, with no modules", async () => {
    await linked();
    const hash = await hats.write.unlinkTopHatFromTree([2, erin], { account: alice });
    expect(await hatsEvents(hash)).toEqual([{ eventName: "TopHatLinked", args: { domain: 2, newAdmin: 0n } }]);
    expect(await hats.read.isTopHat([subTop])).toBe(true);
    expect(await hats.read.getHatLevel([subHat])).toBe(1);
    expect(await hats.read.getHatEligibilityModule([subTop])).toBe(zeroAddress);
    expect(await hats.read.getHatToggleModule([subTop])).toBe(zeroAddress);
    expect(await hats.read.isAdminOfHat([erin, subTop])).toBe(true);
    expect(await hats.read.isAdminOfHat([alice, subTop])).toBe(false);
  });

  it("stores the root as active, so a status pushed while linked does not leave it switched off", async () => {
    const { ids, toggle } = await linked();
    // An EOA toggle switches the root off (stored), then a mechanistic toggle that says "on" replaces it.
    await hats.write.relinkTopHatWithinTree([2, ids.cell, zeroAddress, toggleEoa, "", ""], { account: dao });
    await hats.write.setHatStatus([subTop, false], { account: toggleEoa });
    expect(await hats.read.isWearerOfHat([erin, subTop])).toBe(false);
    await hats.write.relinkTopHatWithinTree([2, ids.cell, zeroAddress, toggle.address, "", ""], { account: dao });
    expect(await hats.read.isWearerOfHat([erin, subTop])).toBe(true);
    // Unlinking clears the toggle; the stored status it would fall back to is set to active.
    const hash = await hats.write.unlinkTopHatFromTree([2, erin], { account: alice });
    expect(await hatsEvents(hash)).toEqual([
      { eventName: "HatStatusChanged", args: { hatId: subTop, newStatus: true } },
      { eventName: "TopHatLinked", args: { domain: 2, newAdmin: 0n } },
    ]);
    expect(await hats.read.isActive([subTop])).toBe(true);
    expect(await hats.read.isWearerOfHat([erin, subTop])).toBe(true);
  });
});

// The real Hats SDK (@hatsprotocol/sdk-v1-core 0.12.4) against HatsCompat at Hats' address.
//
// Not covered, because they need Hats' subgraph or contracts the local chain lacks:
// copyTreeCallData, accountCanClaim, canClaimForAccount, claimHat, claimHatFor, multiClaimHatFor
// (subgraph), and predictNextChildrenHatIDs (viem multicall needs Multicall3, which Hardhat's
// chain does not have; the ids it predicts are getNextId's, tested in ids.test.ts).
import { encodeFunctionData, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, childId, connectHats, topHatId } from "./fixture.js";
import { HatsSdk } from "./hatsSdk.js";

const connection = await connectHats();
const { sdk, hats, accounts, networkHelpers } = connection;
const { dao, alice, bob, carol, dave, erin, toggleEoa, eligibilityEoa } = accounts;

const tree = () => networkHelpers.loadFixture(treeFixture);

/**
 * Asserts that an SDK call fails with the SDK's named error `name` (by name: the SDK does not
 * export every error class, e.g. ZeroAddressError), and returns its message.
 */
async function expectSdkError(call: Promise<unknown>, name: string): Promise<string> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${name}`).toBeInstanceOf(Error);
  expect((error as Error).name).toBe(name);
  return (error as Error).message;
}
async function treeFixture() {
  return buildTree(connection);
}

describe("HatsClient.mintTopHat", () => {
  it("creates a tree whose top hat the target wears, immutable, with max supply 1 and no modules", async () => {
    await tree();
    const before = await sdk.getTreesCount();
    const { hatId, status } = await sdk.mintTopHat({
      account: alice,
      target: bob,
      details: "dao",
      imageURI: "ipfs://dao",
    });
    expect(status).toBe("success");
    expect(hatId).toBe(topHatId(before + 1));
    expect(await sdk.getTreesCount()).toBe(before + 1);
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId })).toBe(true);
    expect(await sdk.isAdminOfHat({ user: bob, hatId })).toBe(true);
    expect(await sdk.viewHat(hatId)).toEqual({
      details: "dao",
      maxSupply: 1,
      supply: 1,
      eligibility: zeroAddress,
      toggle: zeroAddress,
      imageUri: "ipfs://dao",
      numChildren: 0,
      mutable: false,
      active: true,
    });
  });
});

describe("HatsClient.createHat", () => {
  it("creates the admin's next child and returns its id from HatCreated", async () => {
    const { ids, toggle, eligibility } = await tree();
    const { hatId } = await sdk.createHat({
      account: dao,
      admin: ids.top,
      details: "treasurer",
      maxSupply: 2,
      eligibility: eligibility.address,
      toggle: toggle.address,
      mutable: true,
    });
    expect(hatId).toBe(childId(ids.top, 1, 4));
    const hat = await sdk.viewHat(hatId);
    expect(hat).toMatchObject({ details: "treasurer", maxSupply: 2, supply: 0, mutable: true, active: true });
    expect((await sdk.viewHat(ids.top)).numChildren).toBe(4);
    expect(await sdk.getChildrenHats(ids.top)).toEqual([ids.cell, ids.humanistic, ids.frozen, hatId]);
    expect(await sdk.getAdmin(hatId)).toBe(ids.top);
  });

  it("lets any admin up the tree create, not only the direct admin", async () => {
    const { ids, toggle, eligibility } = await tree();
    const { hatId } = await sdk.createHat({
      account: dao,
      admin: ids.member,
      details: "under member",
      maxSupply: 1,
      eligibility: eligibility.address,
      toggle: toggle.address,
      mutable: true,
    });
    expect(hatId).toBe(childId(ids.member, 3, 1));
  });

  it("throws NotAdminError when the caller wears no admin hat", async () => {
    const { ids, toggle, eligibility } = await tree();
    const create = sdk.createHat({
      account: bob,
      admin: ids.cell,
      details: "x",
      maxSupply: 1,
      eligibility: eligibility.address,
      toggle: toggle.address,
      mutable: true,
    });
    await expectSdkError(create, "NotAdminError");
    await expect(create).rejects.toThrow(
      `address ${bob} is attempting to perform an action on ${childId(ids.cell, 2, 2)}`,
    );
  });

  it("throws ZeroAddressError for a zero module and InvalidAdminError for an admin id with a gap", async () => {
    const { ids, toggle } = await tree();
    const base = { account: dao, details: "x", maxSupply: 1, toggle: toggle.address, mutable: true };
    await expectSdkError(sdk.createHat({ ...base, admin: ids.top, eligibility: zeroAddress }), "ZeroAddressError");
    const gapped = childId(ids.top, 2, 1); // level 2 filled, level 1 empty
    await expectSdkError(sdk.createHat({ ...base, admin: gapped, eligibility: toggle.address }), "InvalidAdminError");
  });
});

describe("HatsClient.batchCreateHats", () => {
  it("creates hats in order, later ones under earlier ones, and returns their ids", async () => {
    const { ids, toggle, eligibility } = await tree();
    const circle = childId(ids.top, 1, 4);
    const { hatIds } = await sdk.batchCreateHats({
      account: dao,
      admins: [ids.top, circle, circle],
      details: ["circle", "lead", "rep"],
      maxSupplies: [1, 1, 2],
      eligibilityModules: [eligibility.address, eligibility.address, eligibilityEoa],
      toggleModules: [toggle.address, toggle.address, toggleEoa],
      mutables: [true, false, true],
    });
    expect(hatIds).toEqual([circle, childId(circle, 2, 1), childId(circle, 2, 2)]);
    expect((await sdk.viewHat(hatIds[2]!)).eligibility).toBe(eligibilityEoa);
  });

  it("throws BatchParamsError when the arrays differ in length", async () => {
    const { ids, toggle, eligibility } = await tree();
    const batch = sdk.batchCreateHats({
      account: dao,
      admins: [ids.top, ids.top],
      details: ["a"],
      maxSupplies: [1, 1],
      eligibilityModules: [eligibility.address, eligibility.address],
      toggleModules: [toggle.address, toggle.address],
      mutables: [true, true],
    });
    await expectSdkError(batch, "BatchParamsError");
  });
});

describe("HatsClient.mintHat", () => {
  it("mints to an eligible wearer, who then wears the hat", async () => {
    const { ids } = await tree();
    expect(await sdk.isWearerOfHat({ wearer: dave, hatId: ids.member })).toBe(false);
    const { status } = await sdk.mintHat({ account: alice, hatId: ids.member, wearer: dave });
    expect(status).toBe("success");
    expect(await sdk.isWearerOfHat({ wearer: dave, hatId: ids.member })).toBe(true);
    expect((await sdk.viewHat(ids.member)).supply).toBe(2);
  });

  it("throws the SDK's named errors for each refusal", async () => {
    const { ids, toggle, eligibility } = await tree();
    await expectSdkError(sdk.mintHat({ account: bob, hatId: ids.member, wearer: dave }), "NotAdminError");
    await expect(sdk.mintHat({ account: dao, hatId: ids.member, wearer: bob })).rejects.toThrow(
      `hat with ID ${ids.member} to address ${bob} who is already wearing the hat`,
    );
    const missing = childId(ids.top, 1, 9);
    await expectSdkError(sdk.mintHat({ account: dao, hatId: missing, wearer: dave }), "HatNotExistError");
    await expectSdkError(sdk.mintHat({ account: dao, hatId: ids.frozen, wearer: dave }), "AllHatsWornError");
    await eligibility.write.setWearerStatus([dave, ids.member, false, true]);
    await expectSdkError(sdk.mintHat({ account: dao, hatId: ids.member, wearer: dave }), "NotEligibleError");
    await toggle.write.setActive([ids.member, false]);
    await expectSdkError(sdk.mintHat({ account: dao, hatId: ids.member, wearer: carol }), "NotActiveError");
  });
});

describe("HatsClient.batchMintHats", () => {
  it("mints each hat to its wearer", async () => {
    const { ids } = await tree();
    await sdk.batchMintHats({ account: dao, hatIds: [ids.member, ids.humanistic], wearers: [carol, dave] });
    expect(await sdk.isWearerOfHat({ wearer: carol, hatId: ids.member })).toBe(true);
    expect(await sdk.isWearerOfHat({ wearer: dave, hatId: ids.humanistic })).toBe(true);
  });

  it("throws BatchParamsError when the arrays differ in length", async () => {
    const { ids } = await tree();
    await expectSdkError(
      sdk.batchMintHats({ account: dao, hatIds: [ids.member], wearers: [carol, dave] }),
      "BatchParamsError",
    );
  });
});

describe("HatsClient.transferHat", () => {
  it("moves a mutable hat from its wearer to another account", async () => {
    const { ids } = await tree();
    await sdk.transferHat({ account: alice, hatId: ids.member, from: bob, to: dave });
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.member })).toBe(false);
    expect(await sdk.isWearerOfHat({ wearer: dave, hatId: ids.member })).toBe(true);
    expect((await sdk.viewHat(ids.member)).supply).toBe(1);
  });

  it("lets a top hat's wearer hand the immutable top hat on", async () => {
    const { ids } = await tree();
    await sdk.transferHat({ account: dao, hatId: ids.top, from: dao, to: erin });
    expect(await sdk.isWearerOfHat({ wearer: erin, hatId: ids.top })).toBe(true);
    expect(await sdk.isWearerOfHat({ wearer: dao, hatId: ids.top })).toBe(false);
  });

  it("throws the SDK's named errors for each refusal", async () => {
    const { ids, eligibility, toggle } = await tree();
    await expectSdkError(
      sdk.transferHat({ account: dao, hatId: ids.frozen, from: carol, to: dave }),
      "ImmutableHatError",
    );
    await expectSdkError(sdk.transferHat({ account: bob, hatId: ids.cell, from: alice, to: dave }), "NotAdminError");
    await expectSdkError(sdk.transferHat({ account: dao, hatId: ids.member, from: dave, to: carol }), "NotWearerError");
    await expectSdkError(
      sdk.transferHat({ account: dao, hatId: ids.member, from: bob, to: bob }),
      "AlreadyWearingError",
    );
    await eligibility.write.setWearerStatus([dave, ids.member, true, false]);
    await expectSdkError(sdk.transferHat({ account: dao, hatId: ids.member, from: bob, to: dave }), "NotEligibleError");
    await toggle.write.setActive([ids.member, false]);
    await expectSdkError(sdk.transferHat({ account: dao, hatId: ids.member, from: bob, to: carol }), "NotActiveError");
  });
});

describe("HatsClient.renounceHat", () => {
  it("burns the caller's own hat", async () => {
    const { ids } = await tree();
    await sdk.renounceHat({ account: bob, hatId: ids.member });
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.member })).toBe(false);
    expect((await sdk.viewHat(ids.member)).supply).toBe(0);
    expect(await sdk.isInGoodStanding({ wearer: bob, hatId: ids.member })).toBe(true);
  });

  it("throws NotWearerError for an account that does not hold the hat", async () => {
    const { ids } = await tree();
    await expectSdkError(sdk.renounceHat({ account: dave, hatId: ids.member }), "NotWearerError");
  });
});

describe("HatsClient.setHatStatus and checkHatStatus", () => {
  it("lets an EOA toggle switch its hat off and on, which the wearer's status follows", async () => {
    const { ids } = await tree();
    await sdk.setHatStatus({ account: toggleEoa, hatId: ids.humanistic, newStatus: false });
    expect(await sdk.isActive(ids.humanistic)).toBe(false);
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.humanistic })).toBe(false);
    await sdk.setHatStatus({ account: toggleEoa, hatId: ids.humanistic, newStatus: true });
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.humanistic })).toBe(true);
  });

  it("throws NotToggleError when someone else than the toggle sets the status", async () => {
    const { ids } = await tree();
    await expectSdkError(sdk.setHatStatus({ account: dao, hatId: ids.humanistic, newStatus: false }), "NotToggleError");
  });

  it("stores a mechanistic toggle's answer on checkHatStatus and reports the change", async () => {
    const { ids, toggle } = await tree();
    expect(await sdk.checkHatStatus({ account: dave, hatId: ids.member })).toMatchObject({ toggled: false });
    await toggle.write.setActive([ids.member, false]);
    expect(await sdk.checkHatStatus({ account: dave, hatId: ids.member })).toMatchObject({
      toggled: true,
      newStatus: "inactive",
    });
  });
});

describe("HatsClient.setHatWearerStatus and checkHatWearerStatus", () => {
  it("lets an EOA eligibility module revoke a wearer and put them in bad standing", async () => {
    const { ids } = await tree();
    await sdk.setHatWearerStatus({
      account: eligibilityEoa,
      hatId: ids.humanistic,
      wearer: bob,
      eligible: true,
      standing: false,
    });
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.humanistic })).toBe(false);
    expect(await sdk.isInGoodStanding({ wearer: bob, hatId: ids.humanistic })).toBe(false);
    expect(await sdk.isEligible({ wearer: bob, hatId: ids.humanistic })).toBe(false);
    await expectSdkError(sdk.mintHat({ account: dao, hatId: ids.humanistic, wearer: bob }), "NotEligibleError");
  });

  it("throws NotEligibilityError when someone else than the module sets a wearer's status", async () => {
    const { ids } = await tree();
    const call = sdk.setHatWearerStatus({
      account: dao,
      hatId: ids.humanistic,
      wearer: bob,
      eligible: false,
      standing: true,
    });
    await expectSdkError(call, "NotEligibilityError");
  });

  it("applies a mechanistic module's ruling and reports burn and standing as the SDK reads them", async () => {
    const { ids, eligibility } = await tree();
    expect(await sdk.checkHatWearerStatus({ account: dave, hatId: ids.member, wearer: bob })).toMatchObject({
      hatBurned: false,
      wearerStandingUpdated: false,
    });
    await eligibility.write.setWearerStatus([bob, ids.member, true, false]);
    expect(await sdk.checkHatWearerStatus({ account: dave, hatId: ids.member, wearer: bob })).toMatchObject({
      hatBurned: true,
      wearerStandingUpdated: true,
      newWearerStanding: "bad",
    });
    await eligibility.write.setWearerStatus([bob, ids.member, true, true]);
    expect(await sdk.checkHatWearerStatus({ account: dave, hatId: ids.member, wearer: bob })).toMatchObject({
      hatBurned: false,
      wearerStandingUpdated: true,
      newWearerStanding: "good",
    });
    await sdk.mintHat({ account: dao, hatId: ids.member, wearer: bob });
    await eligibility.write.setWearerStatus([bob, ids.member, false, true]);
    expect(await sdk.checkHatWearerStatus({ account: dave, hatId: ids.member, wearer: bob })).toMatchObject({
      hatBurned: true,
      wearerStandingUpdated: false,
    });
  });
});

describe("HatsClient.changeHat* and makeHatImmutable", () => {
  it("changes every mutable property, each visible in viewHat", async () => {
    const { ids } = await tree();
    await sdk.changeHatDetails({ account: dao, hatId: ids.member, newDetails: "member v2" });
    await sdk.changeHatImageURI({ account: dao, hatId: ids.member, newImageURI: "ipfs://m2" });
    await sdk.changeHatEligibility({ account: dao, hatId: ids.member, newEligibility: eligibilityEoa });
    await sdk.changeHatToggle({ account: dao, hatId: ids.member, newToggle: toggleEoa });
    await sdk.changeHatMaxSupply({ account: alice, hatId: ids.member, newMaxSupply: 4 });
    await sdk.makeHatImmutable({ account: alice, hatId: ids.member });
    expect(await sdk.viewHat(ids.member)).toEqual({
      details: "member v2",
      maxSupply: 4,
      supply: 1,
      eligibility: eligibilityEoa,
      toggle: toggleEoa,
      imageUri: "ipfs://m2",
      numChildren: 0,
      mutable: false,
      active: true,
    });
  });

  it("throws ImmutableHatError for an immutable hat, except a top hat's details and image", async () => {
    const { ids } = await tree();
    await expectSdkError(
      sdk.changeHatDetails({ account: dao, hatId: ids.frozen, newDetails: "x" }),
      "ImmutableHatError",
    );
    await expectSdkError(sdk.makeHatImmutable({ account: dao, hatId: ids.frozen }), "ImmutableHatError");
    await expectSdkError(
      sdk.changeHatMaxSupply({ account: dao, hatId: ids.top, newMaxSupply: 2 }),
      "ImmutableHatError",
    );
    await sdk.changeHatDetails({ account: dao, hatId: ids.top, newDetails: "community v2" });
    await sdk.changeHatImageURI({ account: dao, hatId: ids.top, newImageURI: "ipfs://top2" });
    expect(await sdk.viewHat(ids.top)).toMatchObject({ details: "community v2", imageUri: "ipfs://top2" });
  });

  it("throws StringTooLongError, ZeroAddressError, InvalidMaxSupplyError and NotAdminError", async () => {
    const { ids } = await tree();
    const long = "x".repeat(7001);
    await expectSdkError(
      sdk.changeHatDetails({ account: dao, hatId: ids.member, newDetails: long }),
      "StringTooLongError",
    );
    await expectSdkError(
      sdk.changeHatImageURI({ account: dao, hatId: ids.member, newImageURI: long }),
      "StringTooLongError",
    );
    await expectSdkError(
      sdk.changeHatToggle({ account: dao, hatId: ids.member, newToggle: zeroAddress }),
      "ZeroAddressError",
    );
    await expectSdkError(
      sdk.changeHatEligibility({ account: dao, hatId: ids.member, newEligibility: zeroAddress }),
      "ZeroAddressError",
    );
    await expectSdkError(
      sdk.changeHatMaxSupply({ account: dao, hatId: ids.member, newMaxSupply: 0 }),
      "InvalidMaxSupplyError",
    );
    await expectSdkError(sdk.changeHatDetails({ account: bob, hatId: ids.member, newDetails: "x" }), "NotAdminError");
  });
});

describe("HatsClient reads", () => {
  it("reports ids, levels, admins and statuses as Hats does", async () => {
    const { ids } = await tree();
    expect(await sdk.getHatLevel(ids.member)).toBe(2);
    expect(await sdk.getLocalHatLevel(ids.member)).toBe(2);
    expect(await sdk.getTopHatDomain(ids.member)).toBe(1);
    expect(await sdk.getTippyTopHatDomain(1)).toBe(1);
    expect(await sdk.getAdmin(ids.member)).toBe(ids.cell);
    expect(await sdk.getAdmin(ids.top)).toBe(ids.top);
    expect(await sdk.isAdminOfHat({ user: alice, hatId: ids.member })).toBe(true);
    expect(await sdk.isAdminOfHat({ user: dao, hatId: ids.member })).toBe(true);
    expect(await sdk.isAdminOfHat({ user: bob, hatId: ids.member })).toBe(false);
    expect(await sdk.isAdminOfHat({ user: alice, hatId: ids.cell })).toBe(false);
    expect(await sdk.isActive(ids.member)).toBe(true);
    expect(await sdk.isEligible({ wearer: dave, hatId: ids.member })).toBe(true);
    expect(await sdk.getLinkageRequest(1)).toBe(0n);
    expect(await sdk.getLinkedTreeAdmin(1)).toBe(0n);
  });
});

describe("HatsClient.multicall", () => {
  it("runs several calls in one transaction and reports what they created and minted", async () => {
    const { ids, toggle, eligibility } = await tree();
    const next = childId(ids.top, 1, 4);
    const calls = [
      sdk.createHatCallData({
        admin: ids.top,
        details: "guild",
        maxSupply: 5,
        eligibility: eligibility.address,
        toggle: toggle.address,
        mutable: true,
      }),
      sdk.mintHatCallData({ hatId: next, wearer: dave }),
      sdk.mintHatCallData({ hatId: next, wearer: carol }),
    ];
    const result = await sdk.multicall({ account: dao, calls });
    expect(result.hatsCreated).toEqual([next]);
    expect(result.hatsMinted).toEqual([
      { hatId: next, wearer: dave },
      { hatId: next, wearer: carol },
    ]);
    expect(await sdk.isWearerOfHat({ wearer: carol, hatId: next })).toBe(true);
  });

  it("reverts as a whole, with the failing call's error, when one call fails", async () => {
    const { ids } = await tree();
    const calls = [
      sdk.mintHatCallData({ hatId: ids.member, wearer: dave }),
      sdk.mintHatCallData({ hatId: ids.member, wearer: dave }),
    ];
    await expectSdkError(sdk.multicallPreFlightCheck({ account: dao, calls }), "AlreadyWearingError");
    await expectSdkError(sdk.multicall({ account: dao, calls }), "AlreadyWearingError");
    expect(await sdk.isWearerOfHat({ wearer: dave, hatId: ids.member })).toBe(false);
  });

  it("keeps the caller as msg.sender inside each call", async () => {
    const { ids } = await tree();
    const data = encodeFunctionData({ abi: hats.abi, functionName: "renounceHat", args: [ids.member] });
    await hats.write.multicall([[data]], { account: bob });
    expect(await sdk.isWearerOfHat({ wearer: bob, hatId: ids.member })).toBe(false);
  });
});

describe("HatsClient linking", () => {
  it("requests, approves, relinks and unlinks a tree", async () => {
    const { ids } = await tree();
    const { hatId: subTop } = await sdk.mintTopHat({ account: dave, target: dave, details: "sub-dao" });
    const subDomain = await sdk.getTopHatDomain(subTop);
    await sdk.requestLinkTopHatToTree({ account: dave, topHatDomain: subDomain, requestedAdminHat: ids.cell });
    expect(await sdk.getLinkageRequest(subDomain)).toBe(ids.cell);
    await sdk.approveLinkTopHatToTree({
      account: alice,
      topHatDomain: subDomain,
      newAdminHat: ids.cell,
      newDetails: "linked",
    });
    expect(await sdk.getLinkedTreeAdmin(subDomain)).toBe(ids.cell);
    expect(await sdk.getTippyTopHatDomain(subDomain)).toBe(1);
    expect(await sdk.getHatLevel(subTop)).toBe(2);
    expect(await sdk.getAdmin(subTop)).toBe(ids.cell);
    expect(await sdk.isAdminOfHat({ user: alice, hatId: subTop })).toBe(true);
    expect((await sdk.viewHat(subTop)).details).toBe("linked");

    await sdk.relinkTopHatWithinTree({ account: dao, topHatDomain: subDomain, newAdminHat: ids.humanistic });
    expect(await sdk.getLinkedTreeAdmin(subDomain)).toBe(ids.humanistic);
    expect(await sdk.isAdminOfHat({ user: alice, hatId: subTop })).toBe(false);

    await sdk.unlinkTopHatFromTree({ account: bob, topHatDomain: subDomain, wearer: dave });
    expect(await sdk.getLinkedTreeAdmin(subDomain)).toBe(0n);
    expect(await sdk.getHatLevel(subTop)).toBe(0);
    expect(await sdk.isAdminOfHat({ user: dave, hatId: subTop })).toBe(true);
  });

  it("throws the SDK's linking errors", async () => {
    const { ids } = await tree();
    const { hatId: subTop } = await sdk.mintTopHat({ account: dave, target: dave, details: "sub-dao" });
    const subDomain = await sdk.getTopHatDomain(subTop);
    await expectSdkError(
      sdk.approveLinkTopHatToTree({ account: alice, topHatDomain: subDomain, newAdminHat: ids.cell }),
      "NoLinkageRequestError",
    );
    await expectSdkError(
      sdk.requestLinkTopHatToTree({ account: alice, topHatDomain: subDomain, requestedAdminHat: ids.cell }),
      "NotAdminError",
    );
    await sdk.requestLinkTopHatToTree({ account: dao, topHatDomain: 1, requestedAdminHat: subTop });
    await sdk.requestLinkTopHatToTree({ account: dave, topHatDomain: subDomain, requestedAdminHat: ids.cell });
    await sdk.approveLinkTopHatToTree({ account: dao, topHatDomain: subDomain, newAdminHat: ids.cell });
    await expectSdkError(
      sdk.approveLinkTopHatToTree({ account: dave, topHatDomain: 1, newAdminHat: subTop }),
      "CircularLinkageError",
    );
    // dao wears a top hat in another tree too: it may approve there, but a relink stays in its tree.
    const { hatId: otherTop } = await sdk.mintTopHat({ account: dao, target: dao, details: "other" });
    await expectSdkError(
      sdk.relinkTopHatWithinTree({ account: dao, topHatDomain: subDomain, newAdminHat: otherTop }),
      "CrossLinkageError",
    );
    await expectSdkError(
      sdk.relinkTopHatWithinTree({ account: carol, topHatDomain: subDomain, newAdminHat: ids.humanistic }),
      "NotAdminError",
    );
  });
});

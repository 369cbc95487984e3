// Every custom error HatsCompat can raise, pinned by name and arguments, with the call that raises it.
import { encodeAbiParameters, keccak256, numberToHex, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { buildTree, childId, connectHats, expectRevert, topHatId } from "./fixture.js";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";

const connection = await connectHats();
const { hats, accounts, networkHelpers, provider, publicClient } = connection;
const { dao, alice, bob, carol, dave, erin, toggleEoa, eligibilityEoa } = accounts;

const tree = () => networkHelpers.loadFixture(treeFixture);
async function treeFixture() {
  return buildTree(connection);
}

/** The tree fixture plus a branch down to local level 14 under `top` (worn by nobody). */
const deepTree = () => networkHelpers.loadFixture(deepTreeFixture);
async function deepTreeFixture() {
  const built = await tree();
  const { top } = built.ids;
  const chain = [childId(top, 1, 4)];
  for (let level = 2; level <= 14; level++) chain.push(childId(chain[chain.length - 1]!, level, 1));
  const admins = [top, ...chain.slice(0, 13)];
  const n = admins.length;
  await hats.write.batchCreateHats(
    [
      admins,
      Array(n).fill("deep"),
      Array(n).fill(1),
      Array(n).fill(eligibilityEoa),
      Array(n).fill(toggleEoa),
      Array(n).fill(true),
      Array(n).fill(""),
    ],
    { account: dao },
  );
  return { ...built, deepest: chain[13]! };
}

const long = "x".repeat(7001);

describe("NotAdmin(user, hatId)", () => {
  it("is raised with the would-be hat's id when a non-admin creates a hat", async () => {
    const { ids, toggle, eligibility } = await tree();
    await expectRevert(
      hats.write.createHat([ids.cell, "x", 1, eligibility.address, toggle.address, true, ""], { account: bob }),
      "NotAdmin",
      [bob, childId(ids.cell, 2, 2)],
    );
  });

  it("is raised with the hat's id by every admin-only call", async () => {
    const { ids } = await tree();
    const hat = ids.member;
    const calls = [
      hats.write.mintHat([hat, dave], { account: bob }),
      hats.write.transferHat([hat, bob, dave], { account: bob }),
      hats.write.makeHatImmutable([hat], { account: bob }),
      hats.write.changeHatDetails([hat, "x"], { account: bob }),
      hats.write.changeHatEligibility([hat, dave], { account: bob }),
      hats.write.changeHatToggle([hat, dave], { account: bob }),
      hats.write.changeHatImageURI([hat, "x"], { account: bob }),
      hats.write.changeHatMaxSupply([hat, 20], { account: bob }),
    ];
    for (const call of calls) await expectRevert(call, "NotAdmin", [bob, hat]);
  });

  it("is raised for the top hat when a non-admin asks to link, unlink or relink its tree", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.requestLinkTopHatToTree([1, ids.cell], { account: alice }), "NotAdmin", [
      alice,
      ids.top,
    ]);
    await expectRevert(hats.write.unlinkTopHatFromTree([1, dao], { account: alice }), "NotAdmin", [alice, ids.top]);
    await expectRevert(
      hats.write.relinkTopHatWithinTree([1, ids.cell, zeroAddress, zeroAddress, "", ""], { account: alice }),
      "NotAdmin",
      [alice, ids.top],
    );
  });

  it("is raised with the first child of the new admin hat when a non-admin approves a link", async () => {
    const { ids } = await tree();
    await hats.write.mintTopHat([erin, "sub", ""], { account: erin });
    await hats.write.requestLinkTopHatToTree([2, ids.member], { account: erin });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, ids.member, zeroAddress, zeroAddress, "", ""], { account: carol }),
      "NotAdmin",
      [carol, childId(ids.member, 3, 1)],
    );
  });
});

describe("NotAdminOrWearer()", () => {
  it("is raised when approving a link under a level-14 hat that the caller neither wears nor admins", async () => {
    const { deepest } = await deepTree();
    await hats.write.mintTopHat([erin, "sub", ""], { account: erin });
    await hats.write.requestLinkTopHatToTree([2, deepest], { account: erin });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, deepest, zeroAddress, zeroAddress, "", ""], { account: carol }),
      "NotAdminOrWearer",
    );
    await hats.write.approveLinkTopHatToTree([2, deepest, zeroAddress, zeroAddress, "", ""], { account: dao });
    expect(await hats.read.getHatLevel([topHatId(2)])).toBe(15);
  });
});

describe("NotHatWearer()", () => {
  it("is raised when renouncing a hat one does not hold, or transferring it from a non-holder", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.renounceHat([ids.member], { account: dave }), "NotHatWearer");
    await expectRevert(hats.write.transferHat([ids.member, dave, erin], { account: dao }), "NotHatWearer");
  });
});

describe("AllHatsWorn(hatId)", () => {
  it("is raised when minting beyond max supply", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.mintHat([ids.frozen, dave], { account: dao }), "AllHatsWorn", [ids.frozen]);
  });
});

describe("MaxLevelsReached()", () => {
  it("is raised when creating a hat under a level-14 hat", async () => {
    const { deepest } = await deepTree();
    expect(await hats.read.getLocalHatLevel([deepest])).toBe(14);
    await expectRevert(
      hats.write.createHat([deepest, "x", 1, eligibilityEoa, toggleEoa, true, ""], { account: dao }),
      "MaxLevelsReached",
    );
  });
});

describe("InvalidHatId()", () => {
  it("is raised when the admin id has an empty level above a filled one", async () => {
    const { ids } = await tree();
    const gapped = childId(ids.top, 2, 7);
    await expectRevert(
      hats.write.createHat([gapped, "x", 1, eligibilityEoa, toggleEoa, true, ""], { account: dao }),
      "InvalidHatId",
    );
  });
});

describe("AlreadyWearingHat(wearer, hatId)", () => {
  it("is raised when minting or transferring to a holder", async () => {
    const { ids } = await tree();
    await hats.write.mintHat([ids.member, dave], { account: dao });
    await expectRevert(hats.write.mintHat([ids.member, dave], { account: dao }), "AlreadyWearingHat", [
      dave,
      ids.member,
    ]);
    await expectRevert(hats.write.transferHat([ids.member, bob, dave], { account: dao }), "AlreadyWearingHat", [
      dave,
      ids.member,
    ]);
  });
});

describe("HatDoesNotExist(hatId)", () => {
  it("is raised when minting a hat never created", async () => {
    const { ids } = await tree();
    const missing = childId(ids.cell, 2, 5);
    await expectRevert(hats.write.mintHat([missing, dave], { account: dao }), "HatDoesNotExist", [missing]);
  });
});

describe("HatNotActive()", () => {
  it("is raised when minting or transferring an inactive hat", async () => {
    const { ids } = await tree();
    await hats.write.setHatStatus([ids.humanistic, false], { account: toggleEoa });
    await expectRevert(hats.write.mintHat([ids.humanistic, dave], { account: dao }), "HatNotActive");
    await expectRevert(hats.write.transferHat([ids.humanistic, bob, dave], { account: dao }), "HatNotActive");
  });
});

describe("NotEligible()", () => {
  it("is raised when minting or transferring to an account in bad standing", async () => {
    const { ids } = await tree();
    await hats.write.setHatWearerStatus([ids.humanistic, dave, true, false], { account: eligibilityEoa });
    await expectRevert(hats.write.mintHat([ids.humanistic, dave], { account: dao }), "NotEligible");
    await expectRevert(hats.write.transferHat([ids.humanistic, bob, dave], { account: dao }), "NotEligible");
  });
});

describe("NotHatsToggle() and NotHatsEligibility()", () => {
  it("are raised when a non-module pushes a status", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.setHatStatus([ids.humanistic, false], { account: eligibilityEoa }), "NotHatsToggle");
    await expectRevert(
      hats.write.setHatWearerStatus([ids.humanistic, bob, false, true], { account: toggleEoa }),
      "NotHatsEligibility",
    );
  });

  it("are raised when checking a hat whose module gives no answer", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.checkHatStatus([ids.humanistic], { account: dave }), "NotHatsToggle");
    await expectRevert(hats.write.checkHatWearerStatus([ids.humanistic, bob], { account: dave }), "NotHatsEligibility");
  });
});

describe("BatchArrayLengthMismatch()", () => {
  it("is raised by batchCreateHats when any array's length differs from the admins'", async () => {
    const { ids } = await tree();
    const [a, d, m, e, t, u, i] = [[ids.top], ["d"], [1], [eligibilityEoa], [toggleEoa], [true], [""]];
    const batches = [
      [a, [], m, e, t, u, i],
      [a, d, [], e, t, u, i],
      [a, d, m, [], t, u, i],
      [a, d, m, e, [], u, i],
      [a, d, m, e, t, [], i],
      [a, d, m, e, t, u, []],
    ] as const;
    for (const batch of batches) {
      await expectRevert(hats.write.batchCreateHats([...batch], { account: dao }), "BatchArrayLengthMismatch");
    }
  });

  it("is raised by batchMintHats and balanceOfBatch", async () => {
    const { ids } = await tree();
    await expectRevert(
      hats.write.batchMintHats([[ids.member], [dave, erin]], { account: dao }),
      "BatchArrayLengthMismatch",
    );
    await expectRevert(hats.read.balanceOfBatch([[dave, erin], [ids.member]]), "BatchArrayLengthMismatch");
  });
});

describe("Immutable()", () => {
  it("is raised by every change to an immutable hat and by transferring it", async () => {
    const { ids } = await tree();
    const hat = ids.frozen;
    const calls = [
      hats.write.makeHatImmutable([hat], { account: dao }),
      hats.write.changeHatDetails([hat, "x"], { account: dao }),
      hats.write.changeHatEligibility([hat, dave], { account: dao }),
      hats.write.changeHatToggle([hat, dave], { account: dao }),
      hats.write.changeHatImageURI([hat, "x"], { account: dao }),
      hats.write.changeHatMaxSupply([hat, 5], { account: dao }),
      hats.write.transferHat([hat, carol, dave], { account: dao }),
    ];
    for (const call of calls) await expectRevert(call, "Immutable");
  });

  it("is raised for a top hat's modules and supply, but not its details and image", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.changeHatMaxSupply([ids.top, 2], { account: dao }), "Immutable");
    await expectRevert(hats.write.changeHatToggle([ids.top, dave], { account: dao }), "Immutable");
    await expectRevert(hats.write.makeHatImmutable([ids.top], { account: dao }), "Immutable");
    await hats.write.changeHatDetails([ids.top, "v2"], { account: dao });
    await hats.write.changeHatImageURI([ids.top, "ipfs://v2"], { account: dao });
  });
});

describe("NewMaxSupplyTooLow()", () => {
  it("is raised when lowering max supply below the current supply", async () => {
    const { ids } = await tree();
    await hats.write.mintHat([ids.member, dave], { account: dao });
    await expectRevert(hats.write.changeHatMaxSupply([ids.member, 1], { account: dao }), "NewMaxSupplyTooLow");
    await hats.write.changeHatMaxSupply([ids.member, 2], { account: dao });
    expect(await hats.read.getHatMaxSupply([ids.member])).toBe(2);
  });
});

describe("linking errors", () => {
  async function linkedSubTree() {
    const built = await tree();
    await hats.write.mintTopHat([erin, "sub", ""], { account: erin });
    await hats.write.requestLinkTopHatToTree([2, built.ids.cell], { account: erin });
    await hats.write.approveLinkTopHatToTree([2, built.ids.cell, zeroAddress, zeroAddress, "", ""], { account: alice });
    return built;
  }

  it("LinkageNotRequested() is raised without a matching request, or for admin zero", async () => {
    const { ids } = await tree();
    await hats.write.mintTopHat([erin, "sub", ""], { account: erin });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, ids.cell, zeroAddress, zeroAddress, "", ""], { account: dao }),
      "LinkageNotRequested",
    );
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, 0n, zeroAddress, zeroAddress, "", ""], { account: dao }),
      "LinkageNotRequested",
    );
    await hats.write.requestLinkTopHatToTree([2, ids.member], { account: erin });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, ids.cell, zeroAddress, zeroAddress, "", ""], { account: dao }),
      "LinkageNotRequested",
    );
  });

  it("CircularLinkage() is raised when a tree would hang below itself", async () => {
    await linkedSubTree();
    const subTop = topHatId(2);
    await hats.write.requestLinkTopHatToTree([1, subTop], { account: dao });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([1, subTop, zeroAddress, zeroAddress, "", ""], { account: erin }),
      "CircularLinkage",
    );
    await hats.write.requestLinkTopHatToTree([2, childId(subTop, 1, 1)], { account: alice });
    expect(await hats.read.noCircularLinkage([2, childId(subTop, 1, 1)])).toBe(false);
  });

  it("CrossTreeLinkage() is raised when a linked tree would move to another tree", async () => {
    await linkedSubTree();
    await hats.write.mintTopHat([dao, "elsewhere", ""], { account: dao });
    await expectRevert(
      hats.write.relinkTopHatWithinTree([2, topHatId(3), zeroAddress, zeroAddress, "", ""], { account: dao }),
      "CrossTreeLinkage",
    );
    // Through request and approval too, once linked.
    await hats.write.requestLinkTopHatToTree([2, topHatId(3)], { account: dao });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, topHatId(3), zeroAddress, zeroAddress, "", ""], { account: dao }),
      "CrossTreeLinkage",
    );
  });

  it("InvalidUnlink() is raised when the named account does not wear the tree root", async () => {
    await linkedSubTree();
    await expectRevert(hats.write.unlinkTopHatFromTree([2, dave], { account: alice }), "InvalidUnlink");
  });

  it("StringTooLong() is raised for details or an image over 7000 bytes given on approval", async () => {
    const { ids } = await tree();
    await hats.write.mintTopHat([erin, "sub", ""], { account: erin });
    await hats.write.requestLinkTopHatToTree([2, ids.cell], { account: erin });
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, ids.cell, zeroAddress, zeroAddress, long, ""], { account: alice }),
      "StringTooLong",
    );
    await expectRevert(
      hats.write.approveLinkTopHatToTree([2, ids.cell, zeroAddress, zeroAddress, "", long], { account: alice }),
      "StringTooLong",
    );
  });
});

describe("ZeroAddress()", () => {
  it("is raised for a zero module on createHat, batchCreateHats and changes", async () => {
    const { ids } = await tree();
    await expectRevert(
      hats.write.createHat([ids.top, "x", 1, zeroAddress, toggleEoa, true, ""], { account: dao }),
      "ZeroAddress",
    );
    await expectRevert(
      hats.write.createHat([ids.top, "x", 1, eligibilityEoa, zeroAddress, true, ""], { account: dao }),
      "ZeroAddress",
    );
    await expectRevert(
      hats.write.batchCreateHats([[ids.top], ["x"], [1], [eligibilityEoa], [zeroAddress], [true], [""]], {
        account: dao,
      }),
      "ZeroAddress",
    );
    await expectRevert(hats.write.changeHatEligibility([ids.member, zeroAddress], { account: dao }), "ZeroAddress");
    await expectRevert(hats.write.changeHatToggle([ids.member, zeroAddress], { account: dao }), "ZeroAddress");
  });
});

describe("StringTooLong()", () => {
  it("is raised for details or an image over 7000 bytes, and 7000 bytes pass", async () => {
    const { ids } = await tree();
    await expectRevert(hats.write.changeHatDetails([ids.member, long], { account: dao }), "StringTooLong");
    await expectRevert(hats.write.changeHatImageURI([ids.member, long], { account: dao }), "StringTooLong");
    await hats.write.changeHatDetails([ids.member, long.slice(1)], { account: dao });
    expect((await hats.read.viewHat([ids.member]))[0]).toHaveLength(7000);
  });
});

describe("HatsCompatTransferDisabled()", () => {
  it("is raised by the ERC-1155 transfer and approval functions", async () => {
    const { ids } = await tree();
    await expectRevert(
      hats.read.safeTransferFrom([bob, dave, ids.member, 1n, "0x"], { account: bob }),
      "HatsCompatTransferDisabled",
    );
    await expectRevert(
      hats.read.safeBatchTransferFrom([bob, dave, [ids.member], [1n], "0x"], { account: bob }),
      "HatsCompatTransferDisabled",
    );
    await expectRevert(hats.read.setApprovalForAll([dave, true], { account: bob }), "HatsCompatTransferDisabled");
    expect(await hats.read.isApprovedForAll([bob, dave])).toBe(false);
  });
});

describe("HatsCompatMaxChildrenReached(admin)", () => {
  it("is raised by createHat and getNextId once an admin has 65535 children", async () => {
    const { ids } = await tree();
    // Storage: slot 4 is `_hats`; a hat's first word keeps lastHatId at bits 224..239.
    const slot = keccak256(encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [ids.cell, 4n]));
    const word = BigInt((await publicClient.getStorageAt({ address: HATS_V1_ADDRESS, slot })) ?? "0x0");
    expect((word >> 224n) & 0xffffn).toBe(1n);
    const full = (word & ~(0xffffn << 224n)) | (0xffffn << 224n);
    await provider.request({
      method: "hardhat_setStorageAt",
      params: [HATS_V1_ADDRESS, slot, numberToHex(full, { size: 32 })],
    });
    await expectRevert(hats.read.getNextId([ids.cell]), "HatsCompatMaxChildrenReached", [ids.cell]);
    await expectRevert(
      hats.write.createHat([ids.cell, "x", 1, eligibilityEoa, toggleEoa, true, ""], { account: dao }),
      "HatsCompatMaxChildrenReached",
      [ids.cell],
    );
  });
});

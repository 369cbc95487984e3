import Safe from "@safe-global/protocol-kit";
import { readFile } from "node:fs/promises";
import { getAddress, parseAbi, parseEther, parseEventLogs, size, type Address, type Hash, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../fixtures/chain.js";
import { action, as, baseOrg, communityAct, docHash, expectRevert, loadOrg, mined, NATIVE } from "../fixtures/org.js";

// The factory: deterministic instances, one per configuration; each instance bound to its own
// treasury for good; no upgrade path; every contract within the EVM's code size limits.

const MAX_RUNTIME = 24_576; // EIP-170
const MAX_INITCODE = 49_152; // EIP-3860

type Artifact = { abi: { type: string; name?: string }[]; bytecode: Hex; deployedBytecode: Hex };
const readArtifact = async (source: string, name: string): Promise<Artifact> =>
  JSON.parse(await readFile(`artifacts/contracts/${source}/${name}.json`, "utf8")) as Artifact;

async function factoryAs(chain: LocalChain, who: "operator" | "stranger" = "operator") {
  return chain.connection.viem.getContractAt("OpGovFactory", chain.addresses.opgov.factory, { client: { wallet: chain.wallets[who] } });
}

type FactoryParams = Parameters<Awaited<ReturnType<typeof factoryAs>>["read"]["predict"]>[0][0];

/** A second treasury Safe of the community (saltNonce 8), holding 10 ETH. */
async function secondTreasury(chain: LocalChain) {
  const kit = await Safe.init({
    provider: chain.provider,
    signer: chain.actors.community,
    predictedSafe: {
      safeAccountConfig: { owners: [chain.actors.community], threshold: 1 },
      safeDeploymentConfig: { safeVersion: "1.5.0", saltNonce: "8" },
    },
    contractNetworks: chain.contractNetworks,
    isL1SafeSingleton: true,
  });
  const treasury = getAddress(await kit.getAddress());
  const deployment = await kit.createSafeDeploymentTransaction();
  await mined(
    chain,
    chain.wallets.community.sendTransaction({ to: deployment.to as Address, data: deployment.data as Hex, value: BigInt(deployment.value) }),
  );
  await mined(chain, chain.wallets.community.sendTransaction({ to: treasury, value: parseEther("10") }));
  return treasury;
}

/** Enables `module` on the community's Safe `treasury`. */
async function enableModule(chain: LocalChain, treasury: Address, module: Address) {
  const kit = await Safe.init({
    provider: chain.provider,
    signer: chain.actors.community,
    safeAddress: treasury,
    contractNetworks: chain.contractNetworks,
    isL1SafeSingleton: true,
  });
  const tx = await kit.signTransaction(await kit.createEnableModuleTx(module));
  await mined(chain, (await kit.executeTransaction(tx)).hash as Hash);
}

/**
 * Two DAOs' instances side by side: the base organisation, and a second instance of the same
 * community with its own root hat and its own treasury (with the second instance as module).
 */
async function twoInstances(chain: LocalChain) {
  const org = await baseOrg(chain);
  const treasury2 = await secondTreasury(chain);
  const hats = await chain.connection.viem.getContractAt("IHats", chain.addresses.hats, { client: { wallet: chain.wallets.community } });
  const args = [org.topHat, "opgov 2", 1, chain.actors.community, chain.actors.community, true, ""] as const;
  const rootHat2 = (await hats.simulate.createHat([...args], { account: chain.actors.community })).result;
  await mined(chain, hats.write.createHat([...args]));
  const params2 = { ...org.factoryParams, treasury: treasury2, rootHat: rootHat2 };
  const salt2 = docHash("the-other-dao");
  const factory = await factoryAs(chain);
  const instance2 = await factory.read.predict([params2, salt2]);
  await mined(chain, hats.write.mintHat([rootHat2, instance2]));
  await enableModule(chain, treasury2, instance2);
  await mined(chain, factory.write.deploy([params2, salt2]));
  return { ...org, treasury2, rootHat2, instance2, params2, salt2 };
}

describe("predict and deploy", () => {
  let chain: LocalChain;
  let org: Awaited<ReturnType<typeof baseOrg>>;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(baseOrg));
  });

  it("deploys to the predicted address and emits OpGovDeployed", async () => {
    const factory = await factoryAs(chain);
    const salt = docHash("another salt");
    const predicted = await factory.read.predict([org.factoryParams, salt]);
    expect(predicted).not.toBe(org.opgov);
    expect(await chain.publicClient.getCode({ address: predicted })).toBeUndefined();
    const receipt = await mined(chain, factory.write.deploy([org.factoryParams, salt]));
    const [deployed] = parseEventLogs({ abi: factory.abi, logs: receipt.logs, eventName: "OpGovDeployed" });
    expect(deployed?.args).toEqual({
      instance: predicted,
      treasury: org.treasury,
      communityHat: org.topHat,
      rootHat: org.rootHat,
      salt,
    });
    expect(await chain.publicClient.getCode({ address: predicted })).not.toBeUndefined();
    const instance = await chain.connection.viem.getContractAt("IOpGov", predicted);
    expect(await instance.read.treasury()).toBe(org.treasury);
    expect(await instance.read.communityHat()).toBe(org.topHat);
    expect(await instance.read.rootHat()).toBe(org.rootHat);
    expect(getAddress(await instance.read.hats())).toBe(getAddress(chain.addresses.hats));
  });

  it("predicts a different address for a different configuration", async () => {
    const factory = await factoryAs(chain);
    const other = await factory.read.predict([{ ...org.factoryParams, communityHat: org.rootHat }, org.salt]);
    expect(other).not.toBe(org.opgov);
    expect(await factory.read.predict([org.factoryParams, org.salt])).toBe(org.opgov);
  });

  it("refuses deploying the same configuration and salt twice", async () => {
    const factory = await factoryAs(chain, "stranger");
    await expectRevert(factory.write.deploy([org.factoryParams, org.salt]), "OpGovFactoryInstanceExists", [org.opgov]);
  });

  it("refuses a treasury without code", async () => {
    const factory = await factoryAs(chain);
    const params = { ...org.factoryParams, treasury: chain.actors.stranger };
    await expectRevert(factory.write.deploy([params, org.salt]), "OpGovFactoryTreasuryNotContract", [chain.actors.stranger]);
  });

  it("starts the instance with the given constraints and token policies, and refuses invalid ones", async () => {
    const instance = await chain.connection.viem.getContractAt("IOpGov", org.opgov);
    expect(await instance.read.constraints()).toEqual(org.factoryParams.constraints);
    expect(await instance.read.tokenPolicy([NATIVE])).toEqual([true, org.factoryParams.caps[0]]);
    expect(await instance.read.tokenPolicy([org.token])).toEqual([true, org.factoryParams.caps[1]]);
    const factory = await factoryAs(chain);
    const abi = [...factory.abi, ...instance.abi.filter((item) => item.type === "error")];
    const simulate = (params: FactoryParams) =>
      chain.publicClient.simulateContract({
        address: factory.address,
        abi,
        functionName: "deploy",
        args: [params, docHash("bad")],
        account: chain.actors.operator,
      });
    const badConstraints = { ...org.factoryParams.constraints, minWindow: 0 };
    await expectRevert(simulate({ ...org.factoryParams, constraints: badConstraints }), "OpGovInvalidConstraints", [
      0,
      badConstraints.maxWindow,
      badConstraints.executionWindow,
    ]);
    await expectRevert(simulate({ ...org.factoryParams, caps: [1n] }), "OpGovLimitReached", [1n]);
  });

  it("refuses a root hat at level 13 or deeper with OpGovHatOutsideTree, and accepts level 12", async () => {
    const factory = await factoryAs(chain);
    const opgovAbi = (await chain.connection.viem.getContractAt("IOpGov", org.opgov)).abi;
    const abi = [...factory.abi, ...opgovAbi.filter((item) => item.type === "error")];
    const atLevel = (level: number) => {
      let hat = org.topHat;
      for (let l = 1; l <= level; l++) hat |= 1n << BigInt(224 - 16 * l);
      return hat;
    };
    for (const level of [13, 14]) {
      const rootHat = atLevel(level);
      await expectRevert(
        chain.publicClient.simulateContract({
          address: factory.address,
          abi,
          functionName: "deploy",
          args: [{ ...org.factoryParams, rootHat }, org.salt],
          account: chain.actors.operator,
        }),
        "OpGovHatOutsideTree",
        [rootHat],
      );
    }
    await mined(chain, factory.write.deploy([{ ...org.factoryParams, rootHat: atLevel(12) }, org.salt]));
  });
});

describe("two DAOs' instances", () => {
  let chain: LocalChain;
  let org: Awaited<ReturnType<typeof twoInstances>>;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(twoInstances));
  });

  it("each move only their own treasury: instance 1's allocation leaves treasury 2 untouched", async () => {
    const balance = (address: Address) => chain.publicClient.getBalance({ address });
    const [t1, t2, recipient] = [await balance(org.treasury), await balance(org.treasury2), await balance(chain.actors.stranger)];
    await communityAct(chain, org, [action.allocation(0, NATIVE, chain.actors.stranger, parseEther("1"))]);
    expect(await balance(org.treasury)).toBe(t1 - parseEther("1"));
    expect(await balance(org.treasury2)).toBe(t2);
    expect(await balance(chain.actors.stranger)).toBe(recipient + parseEther("1"));
    // And instance 2's act moves treasury 2 only.
    await communityAct(chain, { opgov: org.instance2 }, [action.allocation(0, NATIVE, chain.actors.stranger, parseEther("2"))]);
    expect(await balance(org.treasury)).toBe(t1 - parseEther("1"));
    expect(await balance(org.treasury2)).toBe(t2 - parseEther("2"));
  });

  it("cannot reach the other treasury: treasury 2's module check refuses instance 1", async () => {
    const safeAbi = parseAbi([
      "function isModuleEnabled(address module) view returns (bool)",
      "function execTransactionFromModule(address to, uint256 value, bytes data, uint8 operation) returns (bool)",
    ]);
    const read = (module: Address) =>
      chain.publicClient.readContract({ address: org.treasury2, abi: safeAbi, functionName: "isModuleEnabled", args: [module] });
    expect(await read(org.instance2)).toBe(true);
    expect(await read(org.opgov)).toBe(false);
    // Even a call made from instance 1's own address is refused by treasury 2.
    await chain.testClient.impersonateAccount({ address: org.opgov });
    await chain.testClient.setBalance({ address: org.opgov, value: parseEther("1") });
    const failed = await chain.publicClient
      .simulateContract({
        address: org.treasury2,
        abi: safeAbi,
        functionName: "execTransactionFromModule",
        args: [chain.actors.stranger, parseEther("1"), "0x", 0],
        account: org.opgov,
      })
      .then(
        () => false,
        () => true,
      );
    await chain.testClient.stopImpersonatingAccount({ address: org.opgov });
    expect(failed).toBe(true);
    const one = await chain.connection.viem.getContractAt("IOpGov", org.opgov);
    const two = await chain.connection.viem.getContractAt("IOpGov", org.instance2);
    expect(await one.read.treasury()).toBe(org.treasury);
    expect(await two.read.treasury()).toBe(org.treasury2);
  });

  it("an instance whose treasury did not enable it cannot allocate (OpGovTreasuryModuleDisabled)", async () => {
    // A third instance pointing at treasury 2 that treasury 2 never enabled.
    const factory = await factoryAs(chain);
    const salt = docHash("uninvited");
    const instance3 = await factory.read.predict([org.params2, salt]);
    await mined(chain, factory.write.deploy([org.params2, salt]));
    const { opgov } = await as(chain, { opgov: instance3 }, "community");
    await expectRevert(
      opgov.write.act([[action.allocation(0, NATIVE, chain.actors.stranger, parseEther("1"))], docHash("r"), "r"]),
      "OpGovTreasuryModuleDisabled",
      [org.treasury2],
    );
  });
});

describe("no upgrade path", () => {
  it("has no owner, admin or upgrade function, and its extension is fixed in its code", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    for (const [source, name] of [
      ["OpGov.sol", "OpGov"],
      ["OpGovExtension.sol", "OpGovExtension"],
      ["OpGovLens.sol", "OpGovLens"],
      ["OpGovFactory.sol", "OpGovFactory"],
      ["interfaces/IOpGov.sol", "IOpGov"],
    ] as const) {
      const artifact = await readArtifact(source, name);
      const functions = artifact.abi.filter((item) => item.type === "function").map((item) => item.name ?? "");
      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions) expect(fn, `${name}.${fn}`).not.toMatch(/owner|admin|upgrade|implementation|setExtension|setLens|migrate|selfdestruct/i);
    }
    const instance = await chain.connection.viem.getContractAt("OpGov", org.opgov);
    expect(getAddress(await instance.read.EXTENSION())).toBe(getAddress(chain.addresses.opgov.extension));
    // The extension's address is an immutable, in the runtime code (not a storage slot).
    const code = (await chain.publicClient.getCode({ address: org.opgov })) ?? "0x";
    expect(code.toLowerCase()).toContain(chain.addresses.opgov.extension.slice(2).toLowerCase());
    const extension = await chain.connection.viem.getContractAt("OpGovExtension", chain.addresses.opgov.extension);
    expect(getAddress(await extension.read.LENS())).toBe(getAddress(chain.addresses.opgov.lens));
    // The instance holds no proxy slot (EIP-1967 implementation and admin are empty).
    for (const slot of [
      "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc",
      "0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103",
    ] as const) {
      expect(BigInt((await chain.publicClient.getStorageAt({ address: org.opgov, slot })) ?? "0x0")).toBe(0n);
    }
  });
});

describe("code size limits", () => {
  it("keeps every contract's runtime code ≤ 24,576 bytes and init code ≤ 49,152 bytes", async () => {
    const { chain, data: org } = await loadOrg(baseOrg);
    for (const name of ["OpGov", "OpGovExtension", "OpGovLens", "OpGovFactory"]) {
      const artifact = await readArtifact(`${name}.sol`, name);
      expect(size(artifact.deployedBytecode), `${name} runtime`).toBeLessThanOrEqual(MAX_RUNTIME);
      expect(size(artifact.bytecode), `${name} init code`).toBeLessThanOrEqual(MAX_INITCODE);
    }
    const deployed: Record<string, Address> = {
      instance: org.opgov,
      extension: chain.addresses.opgov.extension,
      lens: chain.addresses.opgov.lens,
      factory: chain.addresses.opgov.factory,
    };
    for (const [name, address] of Object.entries(deployed)) {
      const code = await chain.publicClient.getCode({ address });
      expect(code, name).toBeDefined();
      expect(size(code ?? "0x"), `${name} on chain`).toBeLessThanOrEqual(MAX_RUNTIME);
      expect(size(code ?? "0x"), `${name} on chain`).toBeGreaterThan(0);
    }
  });
});

import Safe, { type PredictedSafeProps } from "@safe-global/protocol-kit";
import { getAddress, parseAbi, parseEther, type Address, type Hash } from "viem";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadChainFixture, type LocalChain } from "../fixtures/chain.js";

// protocol-kit 8.0.7 on the bootstrapped chain: Safe 1.5.0 (plain singleton), a 2-of-3 Safe of
// alice, bob and carol. Gas is printed for information, not asserted.

const safeAbi = parseAbi([
  "function execTransactionFromModule(address to, uint256 value, bytes data, uint8 operation) returns (bool success)",
]);
/** EIP-1967-style slot 0 of a Safe proxy: its singleton. */
const SINGLETON_SLOT = "0x0" as const;

const gas: Record<string, bigint> = {};
afterAll(() => {
  console.info(
    ["gas, Safe 1.5.0 via protocol-kit 8.0.7:", ...Object.entries(gas).map(([what, used]) => `  ${what}: ${used.toLocaleString("en")}`)].join("\n"),
  );
});

/** protocol-kit for `signer`; `connect()` forgets the signer, so every owner gets its own init. */
async function kitFor(chain: LocalChain, signer: Address, safeAddress: Address): Promise<Safe> {
  return Safe.init({ provider: chain.provider, signer, safeAddress, contractNetworks: chain.contractNetworks, isL1SafeSingleton: true });
}

async function receiptOf(chain: LocalChain, hash: string) {
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash: hash as Hash });
  expect(receipt.status).toBe("success");
  return receipt;
}

/** Deploys a 2-of-3 Safe (alice, bob, carol) with protocol-kit and funds it with 10 ETH from the community. */
async function fundedTwoOfThreeSafe(chain: LocalChain) {
  const { alice, bob, carol } = chain.actors;
  const predictedSafe: PredictedSafeProps = {
    safeAccountConfig: { owners: [alice, bob, carol], threshold: 2 },
    safeDeploymentConfig: { safeVersion: "1.5.0", saltNonce: "1" },
  };
  const kit = await Safe.init({ provider: chain.provider, signer: alice, predictedSafe, contractNetworks: chain.contractNetworks, isL1SafeSingleton: true });
  const predicted = getAddress(await kit.getAddress());
  const deployment = await kit.createSafeDeploymentTransaction();
  const deployHash = await chain.wallets.alice.sendTransaction({ to: deployment.to as Address, data: deployment.data as `0x${string}`, value: BigInt(deployment.value) });
  const deployGas = (await receiptOf(chain, deployHash)).gasUsed;
  const fundHash = await chain.wallets.community.sendTransaction({ to: predicted, value: parseEther("10") });
  await receiptOf(chain, fundHash);
  return { safeAddress: predicted, deployGas };
}

describe("a 2-of-3 Safe 1.5.0 through protocol-kit", () => {
  let chain: LocalChain;
  let safeAddress: Address;
  beforeEach(async () => {
    const loaded = await loadChainFixture(fundedTwoOfThreeSafe);
    chain = loaded.chain;
    safeAddress = loaded.data.safeAddress;
    gas["deploy 2-of-3 Safe (createProxyWithNonce + setup)"] ??= loaded.data.deployGas;
  });

  it("deploys at the predicted address, on the plain Safe 1.5.0 singleton, with three owners and threshold 2, funded", async () => {
    const kit = await kitFor(chain, chain.actors.alice, safeAddress);
    expect(await kit.isSafeDeployed()).toBe(true);
    expect(kit.getContractVersion()).toBe("1.5.0");
    expect((await kit.getOwners()).map((owner) => getAddress(owner))).toEqual([chain.actors.alice, chain.actors.bob, chain.actors.carol]);
    expect(await kit.getThreshold()).toBe(2);
    const singleton = await chain.publicClient.getStorageAt({ address: safeAddress, slot: SINGLETON_SLOT });
    expect(getAddress(`0x${singleton!.slice(-40)}`)).toBe(chain.addresses.safe.safe);
    expect(await chain.publicClient.getBalance({ address: safeAddress })).toBe(parseEther("10"));
  });

  it("enables a module by a Safe transaction signed by two owners, and the module can then move funds", async () => {
    const { alice, bob, operator, stranger } = chain.actors;
    const kitAlice = await kitFor(chain, alice, safeAddress);
    const enable = await kitAlice.signTransaction(await kitAlice.createEnableModuleTx(operator));
    const kitBob = await kitFor(chain, bob, safeAddress);
    const signed = await kitBob.signTransaction(enable);
    const { hash } = await kitBob.executeTransaction(signed);
    gas["enableModule via execTransaction (2 signatures)"] = (await receiptOf(chain, hash)).gasUsed;

    expect(await kitAlice.isModuleEnabled(operator)).toBe(true);
    expect(await kitAlice.getModules()).toEqual([operator]);
    const before = await chain.publicClient.getBalance({ address: stranger });
    const moduleHash = await chain.wallets.operator.writeContract({
      address: safeAddress,
      abi: safeAbi,
      functionName: "execTransactionFromModule",
      args: [stranger, parseEther("1"), "0x", 0],
    });
    gas["ETH transfer via execTransactionFromModule"] = (await receiptOf(chain, moduleHash)).gasUsed;
    expect(await chain.publicClient.getBalance({ address: stranger })).toBe(before + parseEther("1"));
  });

  it("executes ETH transfers signed by two of three owners", async () => {
    const { alice, carol, stranger } = chain.actors;
    const kitAlice = await kitFor(chain, alice, safeAddress);
    const kitCarol = await kitFor(chain, carol, safeAddress);
    const strangerBefore = await chain.publicClient.getBalance({ address: stranger });
    for (const label of ["first, Safe nonce 0 -> 1", "second, nonce 1 -> 2"]) {
      const transfer = await kitAlice.createTransaction({ transactions: [{ to: stranger, value: parseEther("1.5").toString(), data: "0x" }] });
      const signed = await kitCarol.signTransaction(await kitAlice.signTransaction(transfer));
      const { hash } = await kitCarol.executeTransaction(signed);
      gas[`ETH transfer via execTransaction, 2 of 3 signatures (${label})`] = (await receiptOf(chain, hash)).gasUsed;
    }
    expect(await chain.publicClient.getBalance({ address: stranger })).toBe(strangerBefore + parseEther("3"));
    expect(await chain.publicClient.getBalance({ address: safeAddress })).toBe(parseEther("7"));
    expect(await kitAlice.getNonce()).toBe(2);
  });

  it("refuses to execute a transfer signed by one owner only", async () => {
    const { alice, stranger } = chain.actors;
    const kitAlice = await kitFor(chain, alice, safeAddress);
    const transfer = await kitAlice.createTransaction({ transactions: [{ to: stranger, value: "1", data: "0x" }] });
    const signed = await kitAlice.signTransaction(transfer);
    await expect(kitAlice.executeTransaction(signed)).rejects.toThrow("There is 1 signature missing");
    expect(await chain.publicClient.getBalance({ address: safeAddress })).toBe(parseEther("10"));
  });
});

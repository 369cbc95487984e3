import hre from "hardhat";
import {
  createWalletClient,
  custom,
  encodeFunctionData,
  getAddress,
  keccak256,
  parseEther,
  parseEventLogs,
  stringToHex,
  toHex,
  type Abi,
  type Address,
  type Hash,
  type Hex,
  type TransactionReceipt,
} from "viem";
import { privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { bootstrapLocalChain, type LocalChainAddresses } from "../deploy/local/bootstrap.js";
import { readSafeArtifact } from "../deploy/local/artifacts.js";
import { SAFE_ARTIFACT_PATHS } from "../deploy/local/safe.js";

// The benchmark's chain: one in-process Hardhat network (the same EDR the tests use),
// bootstrapped like a test chain (Safe 1.5.0 at canonical addresses, HatsCompat at Hats'
// address, the opgov singletons), with deterministic local accounts for every person who acts.

export type Connection = Awaited<ReturnType<typeof hre.network.create>>;

export type BenchChain = Awaited<ReturnType<typeof createBenchChain>>;

/** A person: a local key (signs Safe transactions, sends its own transactions). */
export type Person = { name: string; account: PrivateKeyAccount; address: Address };

export async function createBenchChain() {
  const connection = await hre.network.create();
  const publicClient = await connection.viem.getPublicClient();
  const testClient = await connection.viem.getTestClient();
  const [deployerWallet] = await connection.viem.getWalletClients();
  if (!deployerWallet) throw new Error("Hardhat gave no accounts");
  const { addresses } = await bootstrapLocalChain({ provider: connection.provider, publicClient, walletClient: deployerWallet });
  const chain = publicClient.chain;
  const people = new Map<string, Person>();

  /** A funded person with a deterministic key. */
  async function person(name: string): Promise<Person> {
    const known = people.get(name);
    if (known) return known;
    const account = privateKeyToAccount(keccak256(stringToHex(`opgov-bench/${name}`)));
    await testClient.setBalance({ address: account.address, value: parseEther("1000") });
    const p = { name, account, address: getAddress(account.address) };
    people.set(name, p);
    return p;
  }

  function wallet(p: Person) {
    return createWalletClient({ account: p.account, chain, transport: custom(connection.provider) });
  }

  /** Sends a transaction as `from` and returns its successful receipt. */
  async function send(from: Person, to: Address, data: Hex, value = 0n): Promise<TransactionReceipt> {
    const hash: Hash = await wallet(from).sendTransaction({ to, data, value, gas: 16_000_000n });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`transaction to ${to} reverted (${data.slice(0, 10)})`);
    return receipt;
  }

  /** Calls `fn` on `to` as `from` (simulated first, so a revert shows its reason). */
  async function call(from: Person, to: Address, abi: Abi, functionName: string, args: readonly unknown[], value = 0n) {
    await publicClient.call({ account: from.address, to, data: encodeFunctionData({ abi, functionName, args }), value });
    return send(from, to, encodeFunctionData({ abi, functionName, args }), value);
  }

  async function read<T>(to: Address, abi: Abi, functionName: string, args: readonly unknown[] = []): Promise<T> {
    return (await publicClient.readContract({ address: to, abi, functionName, args })) as T;
  }

  async function deploy(from: Person, abi: Abi, bytecode: Hex, args: readonly unknown[] = []): Promise<Address> {
    const hash = await wallet(from).deployContract({ abi, bytecode, args, gas: 16_000_000n });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success" || !receipt.contractAddress) throw new Error("deployment failed");
    return getAddress(receipt.contractAddress);
  }

  async function artifact(name: string) {
    return hre.artifacts.readArtifact(name);
  }

  async function advance(seconds: number) {
    await testClient.increaseTime({ seconds });
    await testClient.mine({ blocks: 1 });
  }

  async function mine(blocks: number) {
    await connection.provider.request({ method: "hardhat_mine", params: [toHex(blocks)] });
  }

  function logs(abi: Abi, receipt: TransactionReceipt) {
    return parseEventLogs({ abi, logs: receipt.logs });
  }

  return {
    connection,
    provider: connection.provider,
    publicClient,
    testClient,
    addresses: addresses as LocalChainAddresses,
    person,
    send,
    call,
    read,
    deploy,
    artifact,
    advance,
    mine,
    logs,
    safeAbi: readSafeArtifact(SAFE_ARTIFACT_PATHS.safe).abi,
    proxyFactoryAbi: readSafeArtifact(SAFE_ARTIFACT_PATHS.safeProxyFactory).abi,
    multiSendAbi: readSafeArtifact(SAFE_ARTIFACT_PATHS.multiSend).abi,
  };
}

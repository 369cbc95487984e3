import { parseAbi, type Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { setupDao } from "../phases/setupDao.js";
import { encodeExecTransaction, preValidatedSignature, safeAbi, safeTxHash, signSafeTx, type SafeTx } from "./safeTx.js";

const getTransactionHash = parseAbi([
  "function getTransactionHash(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, uint256 nonce) view returns (bytes32)",
]);

describe("safeTx", () => {
  let chain: LocalChain;
  let opsSafe: Address;
  beforeEach(async () => {
    const { chain: loaded, data } = await loadPhasesChain();
    chain = loaded;
    const { resolved } = await setupDao(sdkClient(chain, "operator"), threeCellSpec(chain, data.token));
    opsSafe = resolved.cellSafes.ops!;
  });

  it("safeTxHash is the Safe's own getTransactionHash, refund fields included", async () => {
    const tx: SafeTx = { to: chain.actors.stranger, value: 5n, data: "0x1234", operation: 0, nonce: 7n, safeTxGas: 1n, baseGas: 2n, gasPrice: 3n };
    const onChain = await chain.publicClient.readContract({
      address: opsSafe,
      abi: getTransactionHash,
      functionName: "getTransactionHash",
      args: [tx.to, tx.value, tx.data, tx.operation, 1n, 2n, 3n, "0x0000000000000000000000000000000000000000", "0x0000000000000000000000000000000000000000", 7n],
    });
    expect(safeTxHash(chain.publicClient.chain!.id, opsSafe, tx)).toBe(onChain);
  });

  it("a co-signer's EIP-712 signature and the sender's pre-validated one execute on the Safe, sorted by owner", async () => {
    // ops' Safe is 2-of-3 (alice, bob, carol): bob co-signs, alice sends.
    const nonce = await chain.publicClient.readContract({ address: opsSafe, abi: safeAbi, functionName: "nonce" });
    const tx = { to: chain.actors.stranger, value: 0n, data: "0x" as const, operation: 0, nonce };
    const signatures = [preValidatedSignature(chain.actors.alice), ...(await signSafeTx(chain.publicClient.chain!.id, opsSafe, tx, [chain.wallets.bob as never]))];
    // Given in descending owner order: the Safe accepts only ascending (GS026 otherwise).
    const descending = [...signatures].sort((a, b) => (BigInt(a.owner) > BigInt(b.owner) ? -1 : 1));
    const data = encodeExecTransaction(tx, descending);
    const hash = await chain.wallets.alice.sendTransaction({ to: opsSafe, data, account: chain.wallets.alice.account, chain: chain.wallets.alice.chain });
    const receipt = await chain.publicClient.waitForTransactionReceipt({ hash });
    expect(receipt.status).toBe("success");
    expect(await chain.publicClient.readContract({ address: opsSafe, abi: safeAbi, functionName: "nonce" })).toBe(nonce + 1n);
  });
});

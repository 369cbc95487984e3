import { encodeFunctionData, parseAbi, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { opgovAbi } from "../../sdk/abis/opgov.js";
import { MULTICALL3_ADDRESS } from "../../sdk/chains/addresses.js";
import { loadLocalChain } from "../fixtures/chain.js";

const multicall3Abi = parseAbi([
  "struct Call3 { address target; bool allowFailure; bytes callData; }",
  "struct Result { bool success; bytes returnData; }",
  "function aggregate3(Call3[] calls) returns (Result[])",
  "function getEthBalance(address) view returns (uint256)",
  "function getChainId() view returns (uint256)",
  "error Multicall3CallFailed(uint256 index, bytes returnData)",
]);

describe("Multicall3Compat at Multicall3's canonical address", () => {
  it("batches calls through viem's multicall and reports failures per call", async () => {
    const chain = await loadLocalChain();
    const factory = chain.addresses.opgov.factory;
    expect(chain.addresses.multicall3).toBe(MULTICALL3_ADDRESS);
    const results = await chain.publicClient.multicall({
      multicallAddress: MULTICALL3_ADDRESS,
      contracts: [
        { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getChainId" },
        { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getEthBalance", args: [chain.actors.alice] },
        // The factory is no opgov instance: the lens call fails, and allowFailure reports it.
        { address: factory, abi: opgovAbi, functionName: "cellCount" },
      ],
    });
    expect(results[0]).toEqual({ status: "success", result: BigInt(chain.addresses.chainId) });
    expect(results[1]).toEqual({ status: "success", result: await chain.publicClient.getBalance({ address: chain.actors.alice }) });
    expect(results[2]?.status).toBe("failure");
  });

  it("reverts the whole batch with Multicall3CallFailed(index, data) when a call that must succeed fails", async () => {
    const chain = await loadLocalChain();
    const failing = encodeFunctionData({ abi: opgovAbi, functionName: "cellCount" });
    await expect(
      chain.publicClient.simulateContract({
        address: MULTICALL3_ADDRESS,
        abi: multicall3Abi,
        functionName: "aggregate3",
        args: [[{ target: zeroAddress, allowFailure: false, callData: "0x" }, { target: chain.addresses.opgov.factory, allowFailure: false, callData: failing }]],
      }),
    ).rejects.toThrow(/Multicall3CallFailed[\s\S]*\(1, 0x/);
  });
});

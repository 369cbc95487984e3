import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { docHash, loadOrg } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { wagmiConfig } from "../../test/fixtures/wagmi.js";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type OpGovClient } from "../client.js";
import { OpGovContractError } from "../errors/contract.js";
import { sendContract } from "../internal/write.js";
import { getCell } from "../reads/getCell.js";
import { createWagmiReadAction, createWagmiWriteAction, defaultDeployment } from "./createWagmiAction.js";

/** A bare write shaped like the SDK's, without their pre-checks, so the contract's own revert comes back. */
async function updateGroupState(client: OpGovClient, parameters: { cell: bigint; uri: string; expectedVersion: number }) {
  return sendContract(client, {
    abi: opgovAbi,
    address: requireInstance(client),
    functionName: "updateGroupState",
    args: [parameters.cell, parameters.uri, docHash(parameters.uri), parameters.expectedVersion],
    action: "updateGroupState",
  });
}

describe("createWagmiReadAction", () => {
  it("createWagmiReadAction hands the action a client on the config's chain, the instance and the default deployment", async () => {
    const { chain, data: org } = await loadOrg(activeOrg);
    const config = await wagmiConfig(chain);
    let seen: OpGovClient | undefined;
    const probe = createWagmiReadAction(async (client, parameters: { x: number }) => {
      seen = client;
      return parameters.x + 1;
    });
    expect(await probe(config, { instance: org.opgov, x: 41 })).toBe(42);
    expect(seen?.instance).toBe(org.opgov);
    expect(seen?.walletClient).toBeUndefined();
    expect(seen?.publicClient.chain?.id).toBe(chain.addresses.chainId);
    expect(seen?.deployment).toEqual(defaultDeployment(chain.addresses.chainId));
  });
});

describe("createWagmiWriteAction", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("createWagmiWriteAction sends through the connected account and returns the SDK action's result", async () => {
    const config = await wagmiConfig(chain, "eve");
    const write = createWagmiWriteAction(updateGroupState);
    const sent = await write(config, { instance: org.opgov, cell: org.cells.c, uri: "ipfs://state-c-2", expectedVersion: 1 });
    expect(sent.receipt.from.toLowerCase()).toBe(chain.actors.eve.toLowerCase());
    expect(sent.events.map((e) => e.eventName)).toEqual(["GroupStateUpdated"]);
    const cell = await getCell(sdkClient(chain, undefined, org), { cell: org.cells.c });
    expect(cell.groupState).toMatchObject({ version: 2, uri: "ipfs://state-c-2" });
  });

  it("createWagmiWriteAction surfaces the SDK's decoded contract error", async () => {
    const config = await wagmiConfig(chain, "stranger");
    const write = createWagmiWriteAction(updateGroupState);
    const error = await write(config, { instance: org.opgov, cell: org.cells.c, uri: "ipfs://x", expectedVersion: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpGovContractError);
    expect((error as OpGovContractError).errorName).toBe("OpGovNotWearer");
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { docHash, loadOrg, NATIVE } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { OpGovContractError } from "../errors/contract.js";
import { OpGovUnknownDomainError } from "../errors/opgov.js";
import { getDomain } from "./getDomain.js";

describe("getDomain", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getDomain returns a root domain's owner, spender hat, tokens and description", async () => {
    const domain = await getDomain(sdkClient(chain, undefined, org), { domain: org.domains.a });
    expect(domain).toMatchObject({
      id: 1,
      owner: org.cells.a,
      parent: null,
      depth: 0,
      tokens: [org.token, NATIVE],
      description: { uri: "ipfs://domain-a", hash: docHash("ipfs://domain-a") },
    });
    expect(domain.spenderHat.id).toBe(org.memberHats.a);
  });

  it("getDomain returns a delegated domain with its parent and depth 1", async () => {
    const domain = await getDomain(sdkClient(chain, undefined, org), { domain: org.domains.b });
    expect(domain).toMatchObject({ id: 2, owner: org.cells.b, parent: 1, depth: 1, tokens: [org.token] });
  });

  it("getDomain throws OpGovUnknownDomainError (an OpGovContractError) for an unknown id", async () => {
    const error = await getDomain(sdkClient(chain, undefined, org), { domain: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpGovUnknownDomainError);
    expect(error).toBeInstanceOf(OpGovContractError);
    expect(error).toMatchObject({ errorName: "OpGovUnknownDomain", args: { domain: 9 } });
  });
});

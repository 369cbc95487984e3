import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { docHash } from "../../test/fixtures/org.js";
import { encodeAllocation, encodeCreateCell } from "../encoding/actions.js";
import { OpGovContentMismatchError } from "../errors/opgov.js";
import { RoundContentMismatchError, RoundStateError } from "../errors/validation.js";
import { amendPolicy, expectNothingSent, HOUR, loadActionsFixture, proposePolicy, warp, type ActionsFixture } from "../../test/fixtures/actions.js";
import { executeRound } from "./executeRound.js";
import { proposeRound } from "./proposeRound.js";

describe("executeRound", () => {
  let f: ActionsFixture;
  beforeEach(async () => {
    f = await loadActionsFixture();
  });

  it("executes a consented allocation and a cell creation, returning what was created", async () => {
    const { org, chain, client } = f;
    const tusd = await chain.connection.viem.getContractAt("TestToken", org.token);
    const proposed = await proposeRound(client("alice"), {
      scope: org.cells.a,
      actions: [
        encodeAllocation({ domain: 1, token: org.token, recipient: chain.actors.frank, amount: parseEther("42") }),
        encodeCreateCell({ parent: org.cells.a, wearer: chain.actors.bob, metadataUri: "ipfs://d", metadataHash: docHash("d") }),
      ],
      window: HOUR,
      rationaleUri: "ipfs://why",
      rationaleHash: docHash("why"),
    });
    await warp(chain, HOUR);
    const result = await executeRound(client("stranger"), { round: proposed.round, content: proposed.content });
    expect(result.revision).toBe(0);
    expect(result.cells).toHaveLength(1);
    expect(result.domains).toEqual([]);
    expect(result.executed.args).toMatchObject({ round: proposed.round, executor: chain.actors.stranger });
    expect(await tusd.read.balanceOf([chain.actors.frank])).toBe(parseEther("42"));
  });

  it("refuses without sending: round still open, content that is not the round's", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    await expectNothingSent(chain, chain.actors.stranger, () => executeRound(client("stranger"), proposed), RoundStateError);
    await warp(chain, HOUR);
    await expectNothingSent(
      chain,
      chain.actors.stranger,
      () => executeRound(client("stranger"), { round: proposed.round, content: { ...proposed.content, salt: docHash("x") } }),
      RoundContentMismatchError,
    );
  });

  it("decodes a contract revert: an amended round executed with its old content", async () => {
    const { chain, client } = f;
    const proposed = await proposePolicy(f);
    const amended = await amendPolicy(f, proposed);
    await warp(chain, HOUR);
    const error = await expectNothingSent(chain, chain.actors.stranger, () => executeRound(client("stranger"), proposed), OpGovContentMismatchError);
    expect(error.args.round).toBe(proposed.round);
    const ok = await executeRound(client("stranger"), { round: proposed.round, content: amended.content });
    expect(ok.revision).toBe(1);
  });
});

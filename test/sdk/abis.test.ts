import { describe, expect, it } from "vitest";
import { staleAbiModules } from "../../scripts/codegen/abis.js";

describe("sdk/abis", () => {
  it("match the compiled contracts (run `npm run codegen` after changing a contract)", () => {
    expect(staleAbiModules()).toEqual([]);
  });
});

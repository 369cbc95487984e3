import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every custom error opgov and the local Hats contract declare is asserted by name somewhere in
// the tests: a quoted name (`expectRevert(..., "OpGovX", [...])`) or a Solidity selector
// (`OpGovX.selector`). An error no test names is an error nobody checked can be raised.

const root = join(import.meta.dirname, "..", "..");
const SOURCES = {
  "contracts/interfaces/IOpGovErrors.sol": "opgov",
  // HatsCompat raises the errors of Hats v1's interface.
  "contracts/interfaces/hats/IHatsErrors.sol": "HatsCompat",
};

function declared(file: string): string[] {
  return [...readFileSync(join(root, file), "utf8").matchAll(/^\s*error\s+(\w+)\s*\(/gm)].map((m) => m[1]!);
}

function testSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testSources(path);
    return /\.(ts|sol)$/.test(name) && path !== import.meta.filename ? [path] : [];
  });
}

const tests = [...testSources(join(root, "test")), ...testSources(join(root, "contracts", "test"))].map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, "utf8"),
}));

describe("custom error coverage", () => {
  for (const [file, owner] of Object.entries(SOURCES)) {
    it(`every error ${owner} declares (${file}) is asserted by name in a test`, () => {
      const names = declared(file);
      expect(names.length).toBeGreaterThan(0);
      const unasserted = names.filter(
        (name) => !tests.some(({ text }) => text.includes(`"${name}"`) || text.includes(`'${name}'`) || text.includes(`${name}.selector`)),
      );
      expect(unasserted).toEqual([]);
    });
  }
});

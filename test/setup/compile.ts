import { execFileSync } from "node:child_process";

/**
 * vitest does not compile Solidity: build once before any test file runs. A no-op when the
 * artifacts are current (Hardhat's build cache), so `npx vitest` alone is always safe.
 */
export default function setup(): void {
  if (process.env.OPGOV_SKIP_BUILD === "1") return;
  execFileSync(process.execPath, ["node_modules/hardhat/dist/src/cli.js", "build", "--quiet"], {
    stdio: "inherit",
  });
}

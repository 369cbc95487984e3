#!/usr/bin/env node
// The whole check, as `npm test` runs it (and CI through .ci/run):
//   1. compile every contract from scratch, failing on any compiler warning;
//   2. type-check the TypeScript; 3. lint the Solidity;
//   4. Solidity tests (fuzz and invariant, fixed seed); 5. the vitest suite.
// It ends with one plain summary line, "N passed, N failed", that counts both test runners.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `opgov tests need Node >= 22.13 (this is ${process.version}). Run them through npm ` +
      "(`npm test`), which puts the Node 22 from the `node` devDependency first on PATH, " +
      "after installing with `npx -y -p node@22 -- npm install`.",
  );
  process.exit(1);
}

const hardhat = ["node_modules/hardhat/dist/src/cli.js"];
const counts = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(title, cmd, args, { capture = false, env = {} } = {}) {
  process.stdout.write(`\n=== ${title}\n`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, FORCE_COLOR: "0", ...env },
    });
    let out = "";
    if (capture) {
      child.stdout.on("data", (d) => {
        out += d;
        process.stdout.write(d);
      });
      child.stderr.on("data", (d) => {
        out += d;
        process.stderr.write(d);
      });
    }
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

function finish(failedStep) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failedStep) console.log(`\nopgov: ${failedStep} failed; see above.`);
  console.log(`\n(${seconds}s)`);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(failedStep || counts.failed > 0 ? 1 : 0);
}

const build = await run("compile (fresh, warnings are errors)", process.execPath, [...hardhat, "build", "--force"], {
  capture: true,
});
if (build.code !== 0) finish("compile");
if (/\bWarning\b/i.test(build.out)) {
  console.error("The compiler printed warnings; opgov compiles with zero warnings.");
  finish("compile");
}

if ((await run("type-check", process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"])).code !== 0)
  finish("type-check");

if (
  (await run("lint Solidity", process.execPath, ["node_modules/solhint/solhint.js", "--max-warnings", "0", "contracts/**/*.sol"]))
    .code !== 0
)
  finish("solhint");

const sol = await run("Solidity tests", process.execPath, [...hardhat, "test", "solidity", "--no-compile"], {
  capture: true,
});
{
  // Hardhat 3's Solidity reporter ends with "N passing", then "N failing" and "N skipped" lines
  // only when they are not zero. No "passing" line means the format changed or nothing ran.
  const passing = sol.out.match(/^\s*(\d+) passing$/m);
  const failing = sol.out.match(/^\s*(\d+) failing$/m);
  const skipped = sol.out.match(/^\s*(\d+) skipped$/m);
  counts.passed += passing ? Number(passing[1]) : 0;
  counts.failed += failing ? Number(failing[1]) : 0;
  counts.skipped += skipped ? Number(skipped[1]) : 0;
  if (!passing) finish("Solidity tests (no summary line in Hardhat's output)");
  if (sol.code !== 0 && !failing) finish("Solidity tests");
}

const reportDir = mkdtempSync(join(tmpdir(), "opgov-vitest-"));
const report = join(reportDir, "report.json");
const ts = await run(
  "TypeScript tests (vitest, in-process Hardhat network)",
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  { env: { OPGOV_SKIP_BUILD: "1" } },
);
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests;
  counts.skipped += json.numPendingTests + json.numTodoTests;
  if (ts.code !== 0 && json.numFailedTests === 0) finish("vitest");
} catch {
  finish("vitest (no report written)");
}
finish(counts.failed > 0 ? "tests" : undefined);

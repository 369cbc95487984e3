// The launcher the `opgov` bin and `npm run demo` share. Their code is TypeScript and Hardhat 3
// needs Node >= 22.13: on such a Node this loads tsx and imports the entry point in this process;
// on an older Node (machines with Node 20) it runs the bin again with the Node 22 of the project's
// `node` devDependency (node_modules/.bin/node), passing signals through and exiting with the
// child's code.
import { spawn } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Runs `main.ts` beside the calling bin under Node >= 22.13.
 *
 * @param {string} binUrl - the bin's `import.meta.url`.
 * @param {string} name - what to call the program in messages (`opgov`, `The demo`).
 */
export async function runWithNode22(binUrl, name) {
  const bin = fileURLToPath(binUrl);
  const here = dirname(realpathSync(bin));
  const root = join(here, "..", "..");
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 13)) {
    const { register } = await import("tsx/esm/api");
    register();
    await import(pathToFileURL(join(here, "main.ts")).href);
    return;
  }
  const node22 = join(root, "node_modules", ".bin", "node");
  if (!existsSync(node22)) {
    process.stderr.write(
      `${name} needs Node >= 22.13 (this is ${process.version}) and found no ${node22}.\n` +
        "Install the project's dependencies with `npx -y -p node@22 -- npm install`.\n",
    );
    process.exit(1);
  }
  const child = spawn(node22, [bin, ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("error", (error) => {
    process.stderr.write(`${name}: cannot start ${node22}: ${error.message}\n`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1)));
}

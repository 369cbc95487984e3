// The opgov CLI's entry under Node >= 22 with tsx (see bin.mjs, which gets it there).
import { runCli } from "./cli.js";

process.exitCode = await runCli(process.argv.slice(2));

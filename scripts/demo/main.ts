// `npm run demo` under Node >= 22 with tsx (scripts/demo/bin.mjs gets it there).
import { demoMain } from "./entry.js";

process.exitCode = await demoMain();

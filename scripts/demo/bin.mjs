#!/usr/bin/env node
// `npm run demo`: runs scripts/demo/main.ts under Node >= 22.13 (this Node, or the project's
// Node 22 when this one is older; see scripts/node22.mjs). `npm run` already puts that Node first
// on PATH; the fallback covers `node scripts/demo/bin.mjs` run by hand.
import { runWithNode22 } from "../node22.mjs";

await runWithNode22(import.meta.url, "The demo");

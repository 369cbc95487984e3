#!/usr/bin/env node
// The `opgov` bin: runs scripts/cli/main.ts under Node >= 22.13 (this Node, or the project's
// Node 22 when this one is older; see scripts/node22.mjs).
import { runWithNode22 } from "../node22.mjs";

await runWithNode22(import.meta.url, "opgov");

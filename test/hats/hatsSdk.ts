import type * as HatsSdkModule from "@hatsprotocol/sdk-v1-core";

/**
 * `@hatsprotocol/sdk-v1-core`, loaded from its ES module build.
 *
 * The package has no `exports` map, so a plain `import` in Node resolves its `main` entry, the
 * CommonJS build, which `require`s viem's CommonJS copy. Errors thrown by the viem clients Hardhat
 * gives us (viem's ES module copy) then fail the SDK's `instanceof BaseError` test, and the SDK
 * rethrows them raw instead of as its named errors (`NotAdminError`, ...). Its ES module build
 * imports the same ES module viem as everyone else, as bundlers (which read `module`) already do.
 */
const ESM_BUILD = "@hatsprotocol/sdk-v1-core/dist/index.mjs";

export const HatsSdk = (await import(ESM_BUILD)) as typeof HatsSdkModule;

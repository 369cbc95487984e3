import { HATS_ABI } from "@hatsprotocol/sdk-v1-core";

/**
 * Hats Protocol v1's ABI as the Hats SDK ships it (`as const`), for the SDK's pre-checks and setup
 * plans (`viewHat`, `isWearerOfHat`, `isAdminOfHat`, …).
 */
export const hatsReadAbi = HATS_ABI;

/** The few Hats Protocol v1 reads the SDK's pre-checks and setup plans need (Hats' public interface). */
export const hatsReadAbi = [
  {
    type: "function",
    name: "viewHat",
    stateMutability: "view",
    inputs: [{ name: "_hatId", type: "uint256" }],
    outputs: [
      { name: "details", type: "string" },
      { name: "maxSupply", type: "uint32" },
      { name: "supply", type: "uint32" },
      { name: "eligibility", type: "address" },
      { name: "toggle", type: "address" },
      { name: "imageURI", type: "string" },
      { name: "lastHatId", type: "uint16" },
      { name: "mutable_", type: "bool" },
      { name: "active", type: "bool" },
    ],
  },
  {
    type: "function",
    name: "isWearerOfHat",
    stateMutability: "view",
    inputs: [
      { name: "_user", type: "address" },
      { name: "_hatId", type: "uint256" },
    ],
    outputs: [{ name: "isWearer", type: "bool" }],
  },
  {
    type: "function",
    name: "isAdminOfHat",
    stateMutability: "view",
    inputs: [
      { name: "_user", type: "address" },
      { name: "_hatId", type: "uint256" },
    ],
    outputs: [{ name: "isAdmin", type: "bool" }],
  },
] as const;

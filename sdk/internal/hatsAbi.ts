/** The few Hats Protocol v1 reads the SDK's pre-checks need (Hats' public interface). */
export const hatsReadAbi = [
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

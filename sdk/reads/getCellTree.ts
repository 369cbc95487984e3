import { maxUint256, type MulticallErrorType, type ReadContractErrorType } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeOpGovError, type OpGovContractError } from "../errors/contract.js";
import { toCell } from "./internal/views.js";
import type { Cell, CellNode } from "./types.js";

/** What {@link getCellTree} takes. */
export type GetCellTreeParameters = {
  /** Read at this block instead of the latest. */
  blockNumber?: bigint | undefined;
};

/** What {@link getCellTree} returns. */
export type GetCellTreeReturnType = {
  /** Top-level cells (their sub-cells under `children`), in creation order. */
  roots: CellNode[];
  /** Every cell, flat, in creation order. */
  cells: Cell[];
};

/** What {@link getCellTree} may throw. */
export type GetCellTreeErrorType = MissingInstanceError | OpGovContractError | ReadContractErrorType | MulticallErrorType;

/**
 * Reads the whole cell tree: every cell with its phase, hats, Safe, group-state pointer and
 * domains, nested under its parent. Two `eth_call`s whatever the number of cells (`cellIds`,
 * then `getCells`); cells are never removed, so the second read always finds the first's ids.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - optionally the block to read at.
 * @returns the roots of the tree and the flat list.
 * @example
 * ```ts
 * const { roots } = await getCellTree(client);
 * const walk = (n: CellNode) => { console.log("  ".repeat(n.depth) + n.metadata.uri, n.phase); n.children.forEach(walk); };
 * roots.forEach(walk);
 * ```
 */
export async function getCellTree(client: OpGovClient, parameters: GetCellTreeParameters = {}): Promise<GetCellTreeReturnType> {
  const address = requireInstance(client);
  const at = parameters.blockNumber === undefined ? {} : { blockNumber: parameters.blockNumber };
  try {
    const ids = await client.publicClient.readContract({ abi: opgovAbi, address, functionName: "cellIds", args: [0n, maxUint256], ...at });
    const views = ids.length === 0 ? [] : await client.publicClient.readContract({ abi: opgovAbi, address, functionName: "getCells", args: [ids], ...at });
    const cells = views.map(toCell);
    return { roots: buildCellTree(cells), cells };
  } catch (error) {
    throw decodeOpGovError(error);
  }
}

/** Nests cells under their parents (a cell whose parent is not in the list counts as a root). */
export function buildCellTree(cells: readonly Cell[]): CellNode[] {
  const nodes = new Map<bigint, CellNode>(cells.map((cell) => [cell.id, { ...cell, depth: 0, children: [] }]));
  const roots: CellNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (node: CellNode, depth: number) => {
    node.depth = depth;
    node.children.forEach((child) => setDepth(child, depth + 1));
  };
  roots.forEach((root) => setDepth(root, 0));
  return roots;
}

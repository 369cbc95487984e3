import { InvalidSpecError } from "../errors.js";
import type { CellSpec, DomainSpec } from "../types.js";

function topo<T extends { key: string; parent?: string | undefined }>(items: readonly T[], what: string): T[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: T[] = [];
  const visit = (item: T) => {
    if (done.has(item.key)) return;
    if (visiting.has(item.key)) throw new InvalidSpecError(`the ${what} "${item.key}" is its own ancestor.`);
    visiting.add(item.key);
    const parent = item.parent === undefined ? undefined : byKey.get(item.parent);
    if (parent) visit(parent);
    visiting.delete(item.key);
    done.add(item.key);
    order.push(item);
  };
  items.forEach(visit);
  return order;
}

/** Cells with every parent before its children (spec order otherwise). */
export const topoCells = (cells: readonly CellSpec[]) => topo(cells, "cell");
/** Domains with every parent before its children (spec order otherwise). */
export const topoDomains = (domains: readonly DomainSpec[]) => topo(domains, "domain");


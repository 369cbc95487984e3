import type { opgovAbi } from "../abis/opgov.js";
import { OpGovError } from "../errors/base.js";
import type { SentTransaction } from "./write.js";

/** One decoded opgov event of a sent transaction. */
export type OpGovEvent = SentTransaction<typeof opgovAbi>["events"][number];
/** The decoded opgov event named `name`. */
export type OpGovEventOf<name extends OpGovEvent["eventName"]> = Extract<OpGovEvent, { eventName: name }>;

/** Every event named `name` among `events`, in log order. */
export function eventsOf<const name extends OpGovEvent["eventName"]>(events: readonly OpGovEvent[], name: name): OpGovEventOf<name>[] {
  return events.filter((event): event is OpGovEventOf<name> => event.eventName === name);
}

/** The first event named `name`, or {@link MissingEventError}. */
export function eventOf<const name extends OpGovEvent["eventName"]>(events: readonly OpGovEvent[], name: name, action: string): OpGovEventOf<name> {
  const found = eventsOf(events, name)[0];
  if (!found) throw new MissingEventError(action, name);
  return found;
}

/** A mined transaction lacks the event its action always emits (wrong contract at the address?). */
export class MissingEventError extends OpGovError {
  override name = "MissingEventError";
  constructor(action: string, eventName: string) {
    super(`${action}: the transaction succeeded but emitted no ${eventName} event.`, {
      details: "The instance address may not be an opgov instance of this version; check the client's `instance`.",
    });
  }
}

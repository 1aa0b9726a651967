import type { Message } from './decider';

/**
 * Events are stored with the schema version they were written in. An upcaster lifts the data of
 * one event type from version `from` to `from + 1`; `upcast` chains them until the current
 * version, so stored events are never rewritten and deciders only see the current shape.
 */
export interface Upcaster {
  readonly type: string;
  readonly from: number;
  readonly upcast: (data: unknown) => unknown;
}

export interface EventSchema {
  /** Current schema version per event type (types not listed are at version 1). */
  readonly versions: Readonly<Record<string, number>>;
  readonly upcasters: readonly Upcaster[];
}

export function currentVersion(schema: EventSchema, type: string): number {
  return schema.versions[type] ?? 1;
}

export function upcast(schema: EventSchema, type: string, version: number, data: unknown): Message {
  const target = currentVersion(schema, type);
  let current = data;
  for (let v = version; v < target; v++) {
    const step = schema.upcasters.find((u) => u.type === type && u.from === v);
    if (!step) throw new Error(`no upcaster for ${type} from version ${v} to ${v + 1}`);
    current = step.upcast(current);
  }
  return { type, data: current };
}

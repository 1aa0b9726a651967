import type { Decider, EventSchema, Message } from '@leerkring/domain';

/**
 * What the command side needs of an aggregate. Every namespace of `@leerkring/domain`
 * (`Region`, `Circle`, ...) is one as it stands.
 */
export interface Aggregate<State, Command extends Message, Event extends Message> {
  readonly decider: Decider<State, Command, Event>;
  readonly streamName: (id: string) => string;
  readonly eventSchema: EventSchema;
}

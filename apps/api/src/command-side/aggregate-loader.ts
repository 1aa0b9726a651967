import { Inject, Injectable } from '@nestjs/common';
import { upcast, type Message } from '@leerkring/domain';
import { EVENT_STORE, readStreamOrEmpty, type EventStore, type RecordedEvent } from '@leerkring/event-store';
import type { Aggregate } from './aggregate';
import { schemaVersionOf } from './event-metadata';

export interface LoadedAggregate<State> {
  readonly streamName: string;
  readonly state: State;
  /** The stream's last revision; -1 when it holds no event. */
  readonly revision: number;
  /** The events as recorded (before upcasting): ids and positions answer repeated commands. */
  readonly events: readonly RecordedEvent[];
}

/**
 * Rebuilds an aggregate's state by folding its stream. Every event is upcast from the schema
 * version it was written in, so deciders only ever see the current shape.
 */
@Injectable()
export class AggregateLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<State, Command extends Message, Event extends Message>(
    aggregate: Aggregate<State, Command, Event>,
    aggregateId: string,
  ): Promise<LoadedAggregate<State>> {
    const streamName = aggregate.streamName(aggregateId);
    const events = await this.readStream(streamName);
    let state = aggregate.decider.initialState();
    for (const recorded of events) {
      const event = upcast(aggregate.eventSchema, recorded.type, schemaVersionOf(recorded.metadata), recorded.data);
      state = aggregate.decider.evolve(state, event as Event);
    }
    const last = events[events.length - 1];
    return { streamName, state, revision: last?.revision ?? -1, events };
  }

  /** Read-only: the state of another aggregate, for the facts a command needs. */
  async state<State, Command extends Message, Event extends Message>(
    aggregate: Aggregate<State, Command, Event>,
    aggregateId: string,
  ): Promise<State> {
    return (await this.load(aggregate, aggregateId)).state;
  }

  private readStream(streamName: string): Promise<RecordedEvent[]> {
    return readStreamOrEmpty(this.store, streamName);
  }
}

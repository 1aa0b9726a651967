import {
  Ambassador, Circle, Developer, Learning, Region, ReportingPeriod, currentVersion,
  type Decider, type EventSchema, type Message,
} from '@leerkring/domain';

/**
 * Test builder for read-model specs: events are produced by the domain's own deciders from
 * commands (so they have exactly the shape production writes), with the metadata the command side
 * adds. Ids, keys and times are derived from a counter, so two runs give identical events.
 */

export interface StoryEvent {
  readonly id: string;
  readonly streamName: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
}

export interface Actor {
  readonly actorId: string;
  readonly role: string;
}

export const beheerder: Actor = { actorId: 'beheerder-1', role: 'beheerder' };
export const vng: Actor = { actorId: 'vng-1', role: 'vng' };
export const ontwikkelaar = (actorId: string): Actor => ({ actorId, role: 'ontwikkelaar' });
export const regioAmbassadeur = (actorId: string): Actor => ({ actorId, role: 'regio-ambassadeur' });
export const landelijkAmbassadeur = (actorId: string): Actor => ({ actorId, role: 'landelijk-ambassadeur' });

/** A UUID from a number, readable in failures: `uuid(7)` is `00000000-0000-4000-8000-000000000007`. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

interface Aggregate<State, Command extends Message, Event extends Message> {
  readonly decider: Decider<State, Command, Event>;
  readonly streamName: (id: string) => string;
  readonly eventSchema: EventSchema;
}

export class DomainStory {
  private readonly states = new Map<string, unknown>();
  private pending: StoryEvent[] = [];
  private commands = 0;
  private eventCount = 0;

  /** `now` is the clock the deciders get; sessions and closings must not lie after it. */
  constructor(private now = new Date('2024-06-15T10:00:00Z')) {}

  at(now: Date): this {
    this.now = now;
    return this;
  }

  region(command: Region.RegionCommand, actor: Actor = beheerder): this {
    return this.run(Region, command.data.regionId, command, actor);
  }

  developer(command: Developer.DeveloperCommand, actor: Actor = beheerder): this {
    return this.run(Developer, command.data.developerId, command, actor);
  }

  ambassador(command: Ambassador.AmbassadorCommand, actor: Actor = beheerder): this {
    return this.run(Ambassador, command.data.ambassadorId, command, actor);
  }

  circle(command: Circle.CircleCommand, actor: Actor): this {
    return this.run(Circle, command.data.circleId, command, actor);
  }

  learning(command: Learning.LearningCommand, actor: Actor): this {
    return this.run(Learning, command.data.learningId, command, actor);
  }

  reportingPeriod(command: ReportingPeriod.ReportingPeriodCommand, actor: Actor = vng): this {
    return this.run(ReportingPeriod, command.data.reportingPeriodId, command, actor);
  }

  /** The events decided since the last call, in order: one batch for the test bed. */
  take(): StoryEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  private run<State, Command extends Message, Event extends Message>(
    aggregate: Aggregate<State, Command, Event>, id: string, command: Command, actor: Actor,
  ): this {
    const streamName = aggregate.streamName(id);
    const state = (this.states.get(streamName) ?? aggregate.decider.initialState()) as State;
    const events = aggregate.decider.decide(state, command, { now: this.now });
    this.states.set(streamName, events.reduce(aggregate.decider.evolve, state));
    const commandNumber = ++this.commands;
    for (const event of events) {
      this.pending.push({
        id: uuid(0x100000 + ++this.eventCount),
        streamName,
        type: event.type,
        data: event.data,
        metadata: {
          actorId: actor.actorId,
          actorRole: actor.role,
          correlationId: `correlation-${commandNumber}`,
          causationId: `command-${commandNumber}`,
          idempotencyKey: `key-${commandNumber}`,
          commandType: command.type,
          schemaVersion: currentVersion(aggregate.eventSchema, event.type),
          occurredAt: this.now.toISOString(),
        },
      });
    }
    return this;
  }
}

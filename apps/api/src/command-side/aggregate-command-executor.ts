import { Inject, Injectable } from '@nestjs/common';
import { currentVersion, invalidInput, type Message } from '@leerkring/domain';
import {
  EVENT_STORE, EventIdConflictError, NO_STREAM, START, WrongExpectedRevisionError,
  type EventStore, type EventToAppend,
} from '@leerkring/event-store';
import type { Aggregate } from './aggregate';
import { AggregateLoader, type LoadedAggregate } from './aggregate-loader';
import { CLOCK, type Clock } from './clock';
import { requireCommandContext, type CommandContext } from './command-context';
import type { CommandResult } from './command-result';
import { ConflictError } from './conflict.error';
import { eventIdFor } from './deterministic-event-id';
import type { CommandEventMetadata } from './event-metadata';

/** Load, decide and append at most this often before an unpinned command gives up with a conflict. */
export const MAX_ATTEMPTS = 3;

export interface AggregateCommandRequest<State, Command extends Message, Event extends Message> {
  readonly aggregate: Aggregate<State, Command, Event>;
  readonly aggregateId: string;
  readonly context: CommandContext;
  /** The command instance's own id: the causation id of its events unless the context names one. */
  readonly commandId: string;
  /**
   * Builds the domain command with its facts. Called once per attempt, after the idempotency and
   * revision checks, so a repeated command reads no other stream and a retry sees fresh facts.
   */
  readonly command: () => Command | Promise<Command>;
  /** Refuses a principal that may not send this command to the aggregate as loaded (security/command-access.ts). */
  readonly authorize?: (state: State) => Promise<void>;
}

/**
 * The one way a command changes the system: load the aggregate, decide, append with the loaded
 * revision as expected revision. Never a silent overwrite: a client's pinned revision that is not
 * the stream's is a conflict at once; a stream that moved on during the decision is a conflict for
 * a pinned command and a fresh decision (up to `MAX_ATTEMPTS`) for an unpinned one.
 */
@Injectable()
export class AggregateCommandExecutor {
  constructor(
    private readonly loader: AggregateLoader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<State, Command extends Message, Event extends Message>(
    request: AggregateCommandRequest<State, Command, Event>,
  ): Promise<CommandResult> {
    const context = requireCommandContext(request.context);
    const pinned = context.expectedRevision;
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.loader.load(request.aggregate, request.aggregateId);
      // First of all: whether the principal may act here, before any answer, even an earlier one.
      await request.authorize?.(loaded.state);
      // Before the revision check: a client retrying a pinned command that was accepted finds the
      // stream past its pin, and must get the original answer, not a conflict.
      const earlier = answerOfEarlierRun(request.aggregateId, loaded, context.idempotencyKey);
      if (earlier) {
        // The key must name the same command: a different one under a used key is a client bug
        // that would otherwise be answered, silently, with the other command's result.
        const { type } = await request.command();
        if (earlier.commandType !== type) {
          throw invalidInput('idempotencyKey', 'idempotency-key-reused',
            `Deze idempotencyKey is al gebruikt voor een andere opdracht (${earlier.commandType}).`);
        }
        return earlier.result;
      }
      if (pinned !== undefined && pinned !== loaded.revision) {
        throw new ConflictError(loaded.streamName, pinned, loaded.revision);
      }
      try {
        return await this.decideAndAppend(request, context, loaded);
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) {
          if (pinned !== undefined || attempt >= MAX_ATTEMPTS) {
            throw new ConflictError(loaded.streamName, loaded.revision, error.actual);
          }
          continue;
        }
        // The same command, run concurrently, appended first with other data under the same ids
        // (it read another clock, state or facts): the reload finds its events and answers with them.
        if (error instanceof EventIdConflictError && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  private async decideAndAppend<State, Command extends Message, Event extends Message>(
    request: AggregateCommandRequest<State, Command, Event>,
    context: CommandContext,
    loaded: LoadedAggregate<State>,
  ): Promise<CommandResult> {
    const command = await request.command();
    const now = this.clock.now();
    const events = request.aggregate.decider.decide(loaded.state, command, { now });
    const answer = { aggregateId: request.aggregateId, streamName: loaded.streamName };
    if (events.length === 0) {
      const position = loaded.events[loaded.events.length - 1]?.position ?? START;
      return { ...answer, revision: loaded.revision, position, events: 0 };
    }
    const { principal, idempotencyKey } = context;
    const causationId = context.causationId ?? request.commandId;
    const toAppend: EventToAppend[] = events.map((event, index) => {
      const metadata: CommandEventMetadata = {
        actorId: principal.actorId,
        actorRole: principal.role,
        correlationId: context.correlationId ?? causationId,
        causationId,
        idempotencyKey,
        commandType: command.type,
        schemaVersion: currentVersion(request.aggregate.eventSchema, event.type),
        occurredAt: now.toISOString(),
      };
      return { id: eventIdFor(idempotencyKey, loaded.streamName, index), type: event.type, data: event.data, metadata };
    });
    const appended = await this.store.append(loaded.streamName, toAppend, {
      expectedRevision: loaded.revision < 0 ? NO_STREAM : loaded.revision,
    });
    return { ...answer, revision: appended.nextExpectedRevision, position: appended.position, events: events.length };
  }
}

/**
 * The answer a command with this key got when it was applied before: its events carry ids derived
 * from the key, in order from index 0, so the batch is found by id without deciding again.
 */
function answerOfEarlierRun(
  aggregateId: string, loaded: LoadedAggregate<unknown>, idempotencyKey: string,
): { result: CommandResult; commandType: unknown } | undefined {
  const byId = new Map(loaded.events.map((event) => [event.id, event]));
  let last = byId.get(eventIdFor(idempotencyKey, loaded.streamName, 0));
  if (!last) return undefined;
  let count = 1;
  for (;;) {
    const next = byId.get(eventIdFor(idempotencyKey, loaded.streamName, count));
    if (!next) break;
    last = next;
    count++;
  }
  const { revision, position } = last;
  return {
    result: { aggregateId, streamName: loaded.streamName, revision, position, events: count },
    commandType: last.metadata.commandType,
  };
}

import { CommandBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { EVENT_STORE, readStreamOrEmpty, type EventStore, type RecordedEvent } from '@leerkring/event-store';
import { AppModule } from '../../app.module';
import type { AggregateCommand } from '../aggregate-command';
import { AggregateLoader } from '../aggregate-loader';
import { CLOCK, type Clock } from '../clock';
import type { CommandResult } from '../command-result';

/** A clock a test sets; every decision in the app reads it. With a step, each reading moves it on. */
export class FixedClock implements Clock {
  stepMs = 0;

  constructor(public current: Date) {}

  now(): Date {
    const now = new Date(this.current);
    this.current = new Date(now.getTime() + this.stepMs);
    return now;
  }
}

/** The whole AppModule on an in-memory embedded store, driven through the command bus. */
export interface CommandSideTestApp {
  readonly moduleRef: TestingModule;
  readonly bus: CommandBus;
  readonly store: EventStore;
  readonly loader: AggregateLoader;
  readonly clock: FixedClock;
  send(command: AggregateCommand<unknown>): Promise<CommandResult>;
  /** The error a refused command rejects with (fails the test when it is accepted). */
  refusal(command: AggregateCommand<unknown>): Promise<unknown>;
  /** The stream's events, or none when it does not exist. */
  stream(streamName: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export async function startCommandSide(now: Date): Promise<CommandSideTestApp> {
  // Set before compiling: the config is read when the module is built.
  process.env.LEERKRING_DATA_DIR = 'memory://';
  delete process.env.DATABASE_URL;
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  const clock = new FixedClock(now);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(CLOCK).useValue(clock)
    .compile();
  // init runs onApplicationBootstrap, where the CQRS module binds the handlers to the bus.
  await moduleRef.init();
  const bus = moduleRef.get(CommandBus);
  const store = moduleRef.get<EventStore>(EVENT_STORE);
  return {
    moduleRef,
    bus,
    store,
    loader: moduleRef.get(AggregateLoader),
    clock,
    send: (command) => bus.execute(command),
    async refusal(command) {
      const outcome = await bus.execute(command).then(
        (result) => ({ accepted: result }),
        (error: unknown) => ({ error }),
      );
      if ('accepted' in outcome) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.accepted)}`);
      return outcome.error;
    },
    stream: (streamName) => readStreamOrEmpty(store, streamName),
    close: () => moduleRef.close(),
  };
}

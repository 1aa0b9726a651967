import { randomUUID } from 'node:crypto';
import { Command } from '@nestjs/cqrs';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';

/**
 * A command on the bus: the domain command's data (without facts: the handler looks those up)
 * and the context of who sends it and how it may be repeated. Each concrete command is its own
 * class, because the bus routes by class.
 */
export abstract class AggregateCommand<Data> extends Command<CommandResult> {
  /** This instance's id: the causation id of the events it causes unless the context names one. */
  readonly commandId: string = randomUUID();

  constructor(
    readonly data: Data,
    readonly context: CommandContext,
  ) {
    super();
  }
}

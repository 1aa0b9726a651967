import { Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Message } from '@leerkring/domain';
import type { Aggregate } from './aggregate';
import type { AggregateCommand } from './aggregate-command';
import { AggregateCommandExecutor } from './aggregate-command-executor';
import type { CommandResult } from './command-result';
import { CommandAccess } from '../security/command-access';
import { CrossAggregateFacts } from './cross-aggregate-facts';

/**
 * A handler says which aggregate a command addresses and how it becomes the domain command
 * (facts included); the executor does the rest. Per aggregate a subclass fixes the first two.
 */
@Injectable()
export abstract class AggregateCommandHandler<
  BusCommand extends AggregateCommand<unknown>, State, DomainCommand extends Message, Event extends Message,
> implements ICommandHandler<AggregateCommand<unknown>> {
  protected abstract readonly aggregate: Aggregate<State, DomainCommand, Event>;

  constructor(
    private readonly executor: AggregateCommandExecutor,
    protected readonly facts: CrossAggregateFacts,
    private readonly access: CommandAccess,
  ) {}

  protected abstract aggregateId(command: BusCommand): string;

  protected abstract toDomainCommand(command: BusCommand): DomainCommand | Promise<DomainCommand>;

  async execute(command: BusCommand): Promise<CommandResult> {
    return this.executor.execute({
      aggregate: this.aggregate,
      aggregateId: this.aggregateId(command),
      context: command.context,
      commandId: command.commandId,
      command: () => this.toDomainCommand(command),
      authorize: this.access.authorizer(command),
    });
  }
}

/**
 * The base of one aggregate's handlers: which aggregate, and which field of the command's data
 * is its id (and so names the stream).
 */
export function commandHandlerFor<State, DomainCommand extends Message, Event extends Message, Data>(
  aggregate: Aggregate<State, DomainCommand, Event>,
  idOf: (data: Data) => string,
) {
  abstract class HandlerOfAggregate<BusCommand extends AggregateCommand<Data>>
    extends AggregateCommandHandler<BusCommand, State, DomainCommand, Event> {
    protected readonly aggregate = aggregate;

    protected aggregateId(command: BusCommand): string {
      return idOf(command.data);
    }
  }
  return HandlerOfAggregate;
}

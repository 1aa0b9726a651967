import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { AggregateCommand } from '../command-side/aggregate-command';
import type { CommandContext, Principal } from '../command-side/command-context';
import { currentCorrelationId } from '../observability/request-scope';
import type { CommandResult } from '../command-side/command-result';
import type { CommandInput } from './command.input';
import { MutationPayload } from './mutation.payload';

export type CommandClass<Data> = new (data: Data, context: CommandContext) => AggregateCommand<Data>;

export interface Sender {
  readonly principal: Principal;
  /** The mutation's input: its idempotency key and expected revision become the command's context. */
  readonly input: CommandInput;
  /** An id the command creates inside its aggregate, answered as `createdId`. */
  readonly createdId?: string;
}

/**
 * The one way a resolver sends a command: context from the principal and the input, the command
 * bus, and the payload from the result. Errors pass through untouched: they are mapped once, at
 * the edge (`error-mapping.ts`).
 */
@Injectable()
export class CommandDispatcher {
  constructor(private readonly bus: CommandBus) {}

  async send<Data>(Command: CommandClass<Data>, data: Data, { principal, input, createdId }: Sender): Promise<MutationPayload> {
    // The conversation starts at the HTTP request: its correlation id (logs, x-correlation-id).
    const correlationId = currentCorrelationId();
    const context: CommandContext = {
      principal,
      idempotencyKey: input.idempotencyKey,
      ...(correlationId === undefined ? {} : { correlationId }),
      ...(input.expectedRevision === undefined || input.expectedRevision === null
        ? {} : { expectedRevision: input.expectedRevision }),
    };
    const result: CommandResult = await this.bus.execute(new Command(data, context));
    return MutationPayload.of(result, createdId);
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Person, requireUuid } from '@leerkring/domain';
import { AggregateCommandExecutor } from '../command-side/aggregate-command-executor';
import { requireCommandContext } from '../command-side/command-context';
import type { CommandResult } from '../command-side/command-result';
import { CommandAccess } from '../security/command-access';
import { ForgetPersonCommand } from './forget-person.command';
import type { PersonKeys } from './person-keys';
import { PERSON_KEYS } from './person-keys.token';

/**
 * Deletes the person's key, then records `PersonForgotten` in `person-{id}` so that read models
 * blank the person at once. The key goes first: the erasure is what the beheerder asked for and
 * must not depend on the append succeeding. Should the append fail, the person is already
 * unreadable in every event; sending the command again (same key) appends the event, which the
 * decider still emits because the key store remembers the person as forgotten.
 */
@CommandHandler(ForgetPersonCommand)
export class ForgetPersonHandler implements ICommandHandler<ForgetPersonCommand, CommandResult> {
  constructor(
    private readonly executor: AggregateCommandExecutor,
    private readonly access: CommandAccess,
    @Inject(PERSON_KEYS) private readonly keys: PersonKeys,
  ) {}

  async execute(command: ForgetPersonCommand): Promise<CommandResult> {
    const context = requireCommandContext(command.context);
    // The policy (beheerder only) before the key goes: the executor would check it too late.
    await this.access.authorizer(command)(undefined);
    const personId = requireUuid('personId', command.data.personId);
    const before = await this.keys.forget(personId);
    return this.executor.execute({
      aggregate: Person,
      aggregateId: personId,
      context,
      commandId: command.commandId,
      command: (): Person.ForgetPerson => ({
        type: 'ForgetPerson', data: { personId }, facts: { personKnown: before !== 'unknown' },
      }),
    });
  }
}

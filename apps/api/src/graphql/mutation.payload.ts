import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommandResult } from '../command-side/command-result';
import { POSITION_DESCRIPTION } from './position';

/** What every mutation answers (DESIGN.md 6), straight from the command's result. */
@ObjectType('MutationPayload', { description: 'Antwoord op elke opdracht.' })
export class MutationPayload {
  @Field(() => ID, { description: 'Het aggregaat dat de opdracht wijzigde (ook een nieuw aangemaakt id).' })
  aggregateId!: string;

  @Field(() => Int, {
    description: 'De revisie van het aggregaat na de opdracht: de expectedRevision voor een volgende opdracht.',
  })
  revision!: number;

  @Field(() => String, { description: `${POSITION_DESCRIPTION} Van de laatste gebeurtenis van deze opdracht.` })
  position!: string;

  @Field(() => Int, { description: 'Hoeveel gebeurtenissen de opdracht vastlegde (0: er veranderde niets).' })
  eventCount!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Het id dat de opdracht binnen het aggregaat aanmaakte (deelnemer, bijeenkomst, actiegroep, '
      + 'transformatieplan, ondersteuningsperiode), ook als de server het koos.',
  })
  createdId?: string | null;

  static of(result: CommandResult, createdId?: string): MutationPayload {
    return {
      aggregateId: result.aggregateId,
      revision: result.revision,
      position: result.position,
      eventCount: result.events,
      createdId: createdId ?? null,
    };
  }
}

import { Field, InputType, Int } from '@nestjs/graphql';

/**
 * What every mutation input carries besides its command's fields (DESIGN.md 6). Both are checked
 * by the command side (`requireCommandContext`), which names the field it refuses.
 */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => String, {
    description: 'Sleutel van de client voor deze opdracht (1 tot 200 tekens). Dezelfde opdracht met dezelfde '
      + 'sleutel nog eens sturen voegt niets toe en geeft hetzelfde antwoord: veilig opnieuw proberen.',
  })
  idempotencyKey!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'De revisie van het aggregaat waarop de client zijn besluit baseerde (-1: het bestaat nog niet). '
      + 'Is het intussen gewijzigd, dan volgt CONFLICT en verandert er niets.',
  })
  expectedRevision?: number | null;
}

import type { DecisionContext } from '../shared/decider';
import { notFound } from '../shared/domain-error';
import { dutchDate, requireUuid } from '../shared/validation';
import type { PersonCommand } from './commands';
import type { PersonEvent } from './events';
import { PersonRule } from './rules';
import type { PersonState } from './state';

export function decide(state: PersonState, command: PersonCommand, { now }: DecisionContext): PersonEvent[] {
  const personId = requireUuid('personId', command.data.personId);
  // Forgetting twice changes nothing: the first time did all there is to do.
  if (state.status === 'forgotten') return [];
  // Fail closed: a handler that did not look the person up gets a refusal.
  if (command.facts?.personKnown !== true) {
    throw notFound(PersonRule.notFound, 'Van deze persoon zijn geen persoonsgegevens bekend');
  }
  return [{ type: 'PersonForgotten', data: { personId, forgottenOn: dutchDate(now) } }];
}

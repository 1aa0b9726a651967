import type { PersonEvent } from './events';
import type { PersonState } from './state';

export function evolve(_state: PersonState, event: PersonEvent): PersonState {
  return { status: 'forgotten', personId: event.data.personId, forgottenOn: event.data.forgottenOn };
}

import { assertNever } from '../shared/decider';
import type { DeveloperEvent } from './events';
import type { DeveloperState } from './state';

export function evolve(state: DeveloperState, event: DeveloperEvent): DeveloperState {
  if (event.type === 'DeveloperAppointed') {
    return {
      status: 'appointed', developerId: event.data.developerId,
      appointedOn: event.data.appointedOn, regionIds: [],
    };
  }
  if (state.status === 'unappointed') return state;
  switch (event.type) {
    case 'DeveloperAssignedToRegion':
      return { ...state, regionIds: [...state.regionIds, event.data.regionId] };
    case 'DeveloperReleasedFromRegion':
      return { ...state, regionIds: state.regionIds.filter((id) => id !== event.data.regionId) };
    default:
      return assertNever(event);
  }
}

import { assertNever } from '../shared/decider';
import { isoWeekOfDate } from '../shared/iso-week';
import type { AmbassadorEvent } from './events';
import type { AmbassadorState } from './state';

export function evolve(state: AmbassadorState, event: AmbassadorEvent): AmbassadorState {
  if (event.type === 'AmbassadorAppointed') {
    const { ambassadorId, scope, regionId, background, hoursPerWeek, appointedOn } = event.data;
    return {
      status: 'active', ambassadorId, scope, regionId, background, hoursPerWeek, appointedOn,
      appointedWeek: isoWeekOfDate(appointedOn), logs: {},
    };
  }
  if (state.status === 'unappointed') return state;
  switch (event.type) {
    case 'WeeklyWorkLogged':
    case 'WeeklyWorkCorrected': {
      const { hours, circleIds, activities, partnersReached, sectorsReached, reflection } = event.data;
      return {
        ...state,
        logs: { ...state.logs, [event.data.week]: { hours, circleIds, activities, partnersReached, sectorsReached, reflection } },
      };
    }
    case 'AmbassadorDeparted':
      return { ...state, status: 'departed', departedOn: event.data.departedOn };
    default:
      return assertNever(event);
  }
}

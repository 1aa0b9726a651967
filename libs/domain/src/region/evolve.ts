import { assertNever } from '../shared/decider';
import type { RegionEvent } from './events';
import type { RegionState } from './state';
import { municipalityKey } from './state';

/** Folds one event into the state; never refuses (events are facts that happened). */
export function evolve(state: RegionState, event: RegionEvent): RegionState {
  if (event.type === 'RegionRegistered') {
    const { regionId, slug, name, province } = event.data;
    return {
      status: 'registered', regionId, slug, name, province,
      municipalities: [], planIds: [], supportPeriods: [],
    };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'RegionRenamed':
      return { ...state, name: event.data.name };
    case 'MunicipalityAdded':
      return { ...state, municipalities: [...state.municipalities, event.data.municipality] };
    case 'MunicipalityRemoved': {
      const key = municipalityKey(event.data.municipality);
      return { ...state, municipalities: state.municipalities.filter((m) => municipalityKey(m) !== key) };
    }
    case 'TransformationPlanAdded':
      return { ...state, planIds: [...state.planIds, event.data.planId] };
    case 'SupportPeriodStarted':
      return {
        ...state,
        supportPeriods: [
          ...state.supportPeriods,
          { periodId: event.data.periodId, startsOn: event.data.startsOn, endsOn: null },
        ],
      };
    case 'SupportPeriodEnded':
      return {
        ...state,
        supportPeriods: state.supportPeriods.map((p) =>
          p.periodId === event.data.periodId ? { ...p, endsOn: event.data.endsOn } : p),
      };
    default:
      return assertNever(event);
  }
}

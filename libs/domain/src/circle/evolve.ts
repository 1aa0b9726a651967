import { assertNever } from '../shared/decider';
import type { CircleEvent } from './events';
import type { CircleDetails, CircleState } from './state';

/** Folds one event into the state; never refuses (history is what happened). */
export function evolve(state: CircleState, event: CircleEvent): CircleState {
  switch (event.type) {
    case 'CircleStarted': {
      const { circleId, regionId, developerId, title, themes, transformationPlanId, startedOn } = event.data;
      return {
        status: 'open',
        circle: {
          circleId, regionId, developerId, title, themes, startedOn,
          ...(transformationPlanId === undefined ? {} : { transformationPlanId }),
          participants: [], sessionIds: [], actionGroupIds: [],
        },
      };
    }
    case 'ParticipantAdded': {
      const { participantId, person, sector, organisation, role } = event.data;
      return withCircle(state, (c) => ({
        ...c,
        participants: [
          ...c.participants.filter((p) => p.participantId !== participantId),
          { participantId, person, sector, organisation, role },
        ],
      }));
    }
    case 'ParticipantRemoved':
      return withCircle(state, (c) => ({
        ...c,
        participants: c.participants.filter((p) => p.participantId !== event.data.participantId),
      }));
    case 'SessionRecorded':
      return withCircle(state, (c) => ({ ...c, sessionIds: [...c.sessionIds, event.data.sessionId] }));
    case 'ActionGroupFormed':
      return withCircle(state, (c) => ({ ...c, actionGroupIds: [...c.actionGroupIds, event.data.actionGroupId] }));
    case 'CircleClosed':
      return state.status === 'open'
        ? { status: 'closed', circle: state.circle, closedOn: event.data.closedOn, outcome: event.data.outcome }
        : state;
    default:
      return assertNever(event);
  }
}

function withCircle(state: CircleState, change: (circle: CircleDetails) => CircleDetails): CircleState {
  return state.status === 'open' ? { ...state, circle: change(state.circle) } : state;
}

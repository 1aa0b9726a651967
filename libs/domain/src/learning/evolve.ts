import { assertNever } from '../shared/decider';
import type { LearningEvent } from './events';
import type { LearningDetails, LearningState } from './state';

/** Folds one event into the state; never refuses (history is what happened). */
export function evolve(state: LearningState, event: LearningEvent): LearningState {
  switch (event.type) {
    case 'LearningCaptured': {
      const { capturedOn, evidenceLevel } = event.data;
      return {
        status: 'active',
        learning: {
          ...event.data,
          evidenceHistory: [{ level: evidenceLevel, since: capturedOn }],
          endorsedBy: [], adoptedBy: [],
        },
      };
    }
    case 'LearningRevised': {
      const { changes, revisedOn } = event.data;
      return withLearning(state, (l) => ({
        ...l,
        ...changes,
        evidenceHistory: changes.evidenceLevel === undefined
          ? l.evidenceHistory
          : [...l.evidenceHistory, { level: changes.evidenceLevel, since: revisedOn }],
      }));
    }
    case 'LearningEndorsed':
      return withLearning(state, (l) => ({ ...l, endorsedBy: [...l.endorsedBy, event.data.byRegionId] }));
    case 'LearningAdopted':
      return withLearning(state, (l) => ({ ...l, adoptedBy: [...l.adoptedBy, event.data.byRegionId] }));
    case 'LearningPromoted':
      return withLearning(state, (l) => ({
        ...l, promotion: { promoterId: event.data.promoterId, promotedOn: event.data.promotedOn },
      }));
    case 'LearningRetracted':
      return state.status === 'active'
        ? {
          status: 'retracted', learning: state.learning,
          retractedOn: event.data.retractedOn, reason: event.data.reason,
        }
        : state;
    default:
      return assertNever(event);
  }
}

function withLearning(state: LearningState, change: (learning: LearningDetails) => LearningDetails): LearningState {
  return state.status === 'active' ? { ...state, learning: change(state.learning) } : state;
}

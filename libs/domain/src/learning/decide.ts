import type { DecisionContext } from '../shared/decider';
import { assertNever } from '../shared/decider';
import { notFound, ruleBroken } from '../shared/domain-error';
import type { LearningCommand } from './commands';
import { captureLearning, reviseLearning } from './decide-content';
import { adoptLearning, endorseLearning, promoteLearning, retractLearning } from './decide-diffusion';
import type { LearningEvent } from './events';
import { LearningRules } from './rules';
import type { LearningState } from './state';

/**
 * Order of refusals: the learning's life cycle first (not captured, retracted), then each
 * field, then the invariants. A retracted learning accepts nothing, not even a second retraction.
 */
export function decide(
  state: LearningState,
  command: LearningCommand,
  context: DecisionContext,
): readonly LearningEvent[] {
  if (command.type === 'CaptureLearning') {
    if (state.status !== 'not-captured') {
      throw ruleBroken(LearningRules.alreadyCaptured, 'Deze les is al vastgelegd');
    }
    return captureLearning(command, context);
  }
  if (state.status === 'not-captured') {
    throw notFound(LearningRules.notFound, 'Deze les bestaat niet');
  }
  if (state.status === 'retracted') {
    throw ruleBroken(LearningRules.retracted, 'Deze les is ingetrokken');
  }
  const { learning } = state;
  switch (command.type) {
    case 'ReviseLearning':
      return reviseLearning(learning, command, context);
    case 'EndorseLearning':
      return endorseLearning(learning, command, context);
    case 'AdoptLearning':
      return adoptLearning(learning, command, context);
    case 'PromoteLearning':
      return promoteLearning(learning, command, context);
    case 'RetractLearning':
      return retractLearning(learning, command, context);
    default:
      return assertNever(command);
  }
}

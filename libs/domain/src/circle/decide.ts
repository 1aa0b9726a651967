import type { DecisionContext } from '../shared/decider';
import { assertNever } from '../shared/decider';
import { notFound, ruleBroken } from '../shared/domain-error';
import { requireAllOf, requireText, requireUuid } from '../shared/validation';
import { THEMES } from '../shared/vocabulary';
import type { CircleCommand, CloseCircle, StartCircle } from './commands';
import { addParticipant, formActionGroup, removeParticipant } from './decide-membership';
import { recordSession } from './decide-session';
import type { CircleClosed, CircleEvent, CircleStarted } from './events';
import { optionalText, optionalUuid, requirePastOrToday, requireRegionId } from './input';
import { CircleLimits, CircleRules } from './rules';
import type { CircleDetails, CircleState } from './state';

/**
 * Order of refusals: the circle's life cycle first (not started, closed), then each field, then
 * the invariants. A closed circle accepts nothing.
 */
export function decide(state: CircleState, command: CircleCommand, context: DecisionContext): readonly CircleEvent[] {
  if (command.type === 'StartCircle') {
    if (state.status !== 'not-started') {
      throw ruleBroken(CircleRules.alreadyStarted, 'Deze ontwikkelcirkel is al gestart');
    }
    return startCircle(command, context);
  }
  if (state.status === 'not-started') {
    throw notFound(CircleRules.notFound, 'Deze ontwikkelcirkel bestaat niet');
  }
  if (state.status === 'closed') {
    throw ruleBroken(CircleRules.closed, 'Deze ontwikkelcirkel is afgesloten');
  }
  const { circle } = state;
  switch (command.type) {
    case 'AddParticipant':
      return addParticipant(circle, command);
    case 'RemoveParticipant':
      return removeParticipant(circle, command);
    case 'RecordSession':
      return recordSession(circle, command, context);
    case 'FormActionGroup':
      return formActionGroup(circle, command);
    case 'CloseCircle':
      return closeCircle(circle, command, context);
    default:
      return assertNever(command);
  }
}

function startCircle({ data, facts }: StartCircle, { now }: DecisionContext): CircleStarted[] {
  if (!facts) throw new Error('StartCircle needs facts looked up by the command handler');
  const circleId = requireUuid('circleId', data.circleId);
  const regionId = requireRegionId('regionId', data.regionId);
  const developerId = requireUuid('developerId', data.developerId);
  const title = requireText('title', data.title, { max: CircleLimits.title });
  const description = optionalText('description', data.description, CircleLimits.description);
  const themes = requireAllOf('themes', data.themes, THEMES, { min: 1 });
  const transformationPlanId = optionalUuid('transformationPlanId', data.transformationPlanId);
  const startedOn = requirePastOrToday('startedOn', data.startedOn, now);

  if (!facts.regionExists) {
    throw notFound(CircleRules.regionNotFound, `Jeugdregio ${regionId} bestaat niet`);
  }
  if (!facts.developerAssignedToRegion) {
    throw ruleBroken(
      CircleRules.developerNotAssigned,
      'Een ontwikkelaar start alleen cirkels in een regio waaraan hij of zij is toegewezen',
      'developerId',
    );
  }
  // Fail safe: a plan without a positive answer from the handler is treated as another region's.
  if (transformationPlanId !== undefined && facts.planBelongsToRegion !== true) {
    throw ruleBroken(
      CircleRules.planNotInRegion,
      'Dit transformatieplan hoort niet bij de regio van de cirkel',
      'transformationPlanId',
    );
  }
  return [{
    type: 'CircleStarted',
    data: {
      circleId, regionId, developerId, title,
      ...(description === undefined ? {} : { description }),
      themes,
      ...(transformationPlanId === undefined ? {} : { transformationPlanId }),
      startedOn,
    },
  }];
}

function closeCircle(circle: CircleDetails, { data }: CloseCircle, { now }: DecisionContext): CircleClosed[] {
  const closedOn = requirePastOrToday('closedOn', data.closedOn, now);
  const outcome = requireText('outcome', data.outcome, { max: CircleLimits.outcome });
  if (closedOn < circle.startedOn) {
    throw ruleBroken(CircleRules.closeBeforeStart, 'Een cirkel kan niet voor zijn start worden afgesloten', 'closedOn');
  }
  return [{ type: 'CircleClosed', data: { circleId: circle.circleId, regionId: circle.regionId, closedOn, outcome } }];
}

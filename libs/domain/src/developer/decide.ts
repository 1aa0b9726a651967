import { assertNever } from '../shared/decider';
import { notFound, ruleBroken } from '../shared/domain-error';
import { requireDate, requireUuid } from '../shared/validation';
import { requireRegionId } from '../region/region-id';
import type {
  AppointDeveloper, AssignDeveloperToRegion, DeveloperCommand, ReleaseDeveloperFromRegion,
} from './commands';
import type { DeveloperEvent } from './events';
import { requirePerson } from './person';
import { DeveloperRule } from './rules';
import type { AppointedDeveloper, DeveloperState } from './state';
import { isAssignedTo } from './state';

export function decide(state: DeveloperState, command: DeveloperCommand): DeveloperEvent[] {
  if (command.type === 'AppointDeveloper') return appoint(state, command);
  if (state.status === 'unappointed') {
    throw notFound(DeveloperRule.notFound, 'Deze ontwikkelaar is niet aangesteld');
  }
  switch (command.type) {
    case 'AssignDeveloperToRegion':
      return assign(state, command);
    case 'ReleaseDeveloperFromRegion':
      return release(state, command);
    default:
      return assertNever(command);
  }
}

function appoint(state: DeveloperState, { data }: AppointDeveloper): DeveloperEvent[] {
  if (state.status !== 'unappointed') {
    throw ruleBroken(DeveloperRule.alreadyAppointed, 'Deze ontwikkelaar is al aangesteld');
  }
  const developerId = requireUuid('developerId', data.developerId);
  const person = requirePerson('person', data.person);
  const appointedOn = requireDate('appointedOn', data.appointedOn);
  return [{ type: 'DeveloperAppointed', data: { developerId, person, appointedOn } }];
}

function assign(state: AppointedDeveloper, { data, facts }: AssignDeveloperToRegion): DeveloperEvent[] {
  const regionId = requireRegionId('regionId', data.regionId);
  // Fail closed: a handler that forgot to look the region up gets a refusal, not an assignment.
  if (facts?.regionExists !== true) {
    throw ruleBroken(DeveloperRule.regionUnknown, `Jeugdregio ${regionId} is niet geregistreerd`, 'regionId');
  }
  if (isAssignedTo(state, regionId)) {
    throw ruleBroken(DeveloperRule.alreadyAssigned, `De ontwikkelaar werkt al in ${regionId}`, 'regionId');
  }
  return [{ type: 'DeveloperAssignedToRegion', data: { developerId: state.developerId, regionId } }];
}

function release(state: AppointedDeveloper, { data }: ReleaseDeveloperFromRegion): DeveloperEvent[] {
  const regionId = requireRegionId('regionId', data.regionId);
  if (!isAssignedTo(state, regionId)) {
    throw ruleBroken(DeveloperRule.notAssigned, `De ontwikkelaar werkt niet in ${regionId}`, 'regionId');
  }
  return [{ type: 'DeveloperReleasedFromRegion', data: { developerId: state.developerId, regionId } }];
}

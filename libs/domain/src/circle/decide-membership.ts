import { ruleBroken } from '../shared/domain-error';
import { requireOneOf, requireText, requireUuid } from '../shared/validation';
import { SECTORS, THEMES } from '../shared/vocabulary';
import type { AddParticipant, FormActionGroup, RemoveParticipant } from './commands';
import type { ActionGroupFormed, ParticipantAdded, ParticipantRemoved } from './events';
import { optionalText, requirePerson, requireUuidList, sameNameKey } from './input';
import { CircleLimits, CircleRules } from './rules';
import type { CircleDetails } from './state';

/** Who takes part in an open circle, and the action groups (actiegroepen) they form. */

export function addParticipant(circle: CircleDetails, { data }: AddParticipant): ParticipantAdded[] {
  const participantId = requireUuid('participantId', data.participantId);
  const person = requirePerson(data.person);
  const sector = requireOneOf('sector', data.sector, SECTORS);
  const organisation = requireText('organisation', data.organisation, { max: CircleLimits.organisation });
  const role = requireText('role', data.role, { max: CircleLimits.role });

  // A removed participant may rejoin under the same id; only current participants count.
  if (circle.participants.some((p) => p.participantId === participantId)) {
    throw ruleBroken(
      CircleRules.participantAlreadyAdded, 'Deze deelnemer neemt al deel aan de cirkel', 'participantId',
    );
  }
  // The same person of the same organisation added twice under different ids would be counted
  // twice in every attendance figure; the message names no one (it may end up in a log).
  const key = sameNameKey(person.name, organisation);
  if (circle.participants.some((p) => sameNameKey(p.person.name, p.organisation) === key)) {
    throw ruleBroken(
      CircleRules.duplicateParticipant,
      'Er neemt al iemand met deze naam van deze organisatie deel aan de cirkel',
      'person.name',
    );
  }
  return [{
    type: 'ParticipantAdded',
    data: { circleId: circle.circleId, regionId: circle.regionId, participantId, person, sector, organisation, role },
  }];
}

export function removeParticipant(circle: CircleDetails, { data }: RemoveParticipant): ParticipantRemoved[] {
  const participantId = requireUuid('participantId', data.participantId);
  const reason = optionalText('reason', data.reason, CircleLimits.reason);
  if (!circle.participants.some((p) => p.participantId === participantId)) {
    throw ruleBroken(CircleRules.notAParticipant, 'Deze persoon is geen deelnemer van de cirkel', 'participantId');
  }
  return [{
    type: 'ParticipantRemoved',
    data: {
      circleId: circle.circleId, regionId: circle.regionId, participantId,
      ...(reason === undefined ? {} : { reason }),
    },
  }];
}

export function formActionGroup(circle: CircleDetails, { data }: FormActionGroup): ActionGroupFormed[] {
  const actionGroupId = requireUuid('actionGroupId', data.actionGroupId);
  const name = requireText('name', data.name, { max: CircleLimits.actionGroupName });
  const theme = requireOneOf('theme', data.theme, THEMES);
  const memberIds = requireUuidList('memberIds', data.memberIds, { min: 1 });
  if (circle.actionGroupIds.includes(actionGroupId)) {
    throw ruleBroken(CircleRules.actionGroupAlreadyFormed, 'Deze actiegroep bestaat al', 'actionGroupId');
  }
  requireCurrentParticipants(circle, 'memberIds', memberIds);
  return [{
    type: 'ActionGroupFormed',
    data: { circleId: circle.circleId, regionId: circle.regionId, actionGroupId, name, theme, memberIds },
  }];
}

export function requireCurrentParticipants(circle: CircleDetails, field: string, ids: readonly string[]): void {
  const current = new Set(circle.participants.map((p) => p.participantId));
  if (ids.some((id) => !current.has(id))) {
    throw ruleBroken(CircleRules.notAParticipant, `${field} noemt iemand die geen deelnemer van de cirkel is`, field);
  }
}

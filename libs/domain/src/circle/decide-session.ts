import type { DecisionContext } from '../shared/decider';
import { ruleBroken } from '../shared/domain-error';
import { requireAllOf, requireOneOf, requireText, requireUuid } from '../shared/validation';
import { SECTORS, SESSION_FORMATS } from '../shared/vocabulary';
import type { RecordSession } from './commands';
import { requireCurrentParticipants } from './decide-membership';
import type { SessionRecorded } from './events';
import { requireCount, requirePastOrToday, requireUuidList } from './input';
import { CircleLimits, CircleRules } from './rules';
import type { CircleDetails } from './state';

/**
 * A session (bijeenkomst) is recorded after it took place: its date lies between the circle's
 * start and today (the Dutch calendar date of `now`).
 */
export function recordSession(
  circle: CircleDetails,
  { data }: RecordSession,
  { now }: DecisionContext,
): SessionRecorded[] {
  const sessionId = requireUuid('sessionId', data.sessionId);
  const date = requirePastOrToday('date', data.date, now);
  const format = requireOneOf('format', data.format, SESSION_FORMATS);
  const attendeeCount = requireCount('attendeeCount', data.attendeeCount);
  const attendeeIds = data.attendeeIds === undefined || data.attendeeIds === null
    ? undefined
    : requireUuidList('attendeeIds', data.attendeeIds, { min: 0 });
  const sectorsPresent = requireAllOf('sectorsPresent', data.sectorsPresent, SECTORS);
  const summary = requireText('summary', data.summary, { max: CircleLimits.summary });

  if (circle.sessionIds.includes(sessionId)) {
    throw ruleBroken(CircleRules.sessionAlreadyRecorded, 'Deze bijeenkomst is al vastgelegd', 'sessionId');
  }
  if (date < circle.startedOn) {
    throw ruleBroken(
      CircleRules.sessionBeforeStart, 'Een bijeenkomst kan niet voor de start van de cirkel liggen', 'date',
    );
  }
  if (attendeeIds !== undefined) {
    requireCurrentParticipants(circle, 'attendeeIds', attendeeIds);
    // attendeeCount counts everyone in the room, also guests who are not registered participants.
    if (attendeeIds.length > attendeeCount) {
      throw ruleBroken(
        CircleRules.attendeesExceedCount,
        'Er zijn meer aanwezige deelnemers genoemd dan het aantal aanwezigen',
        'attendeeCount',
      );
    }
  }
  return [{
    type: 'SessionRecorded',
    data: {
      circleId: circle.circleId, regionId: circle.regionId, sessionId, date, format, attendeeCount,
      ...(attendeeIds === undefined ? {} : { attendeeIds }),
      sectorsPresent, summary,
    },
  }];
}

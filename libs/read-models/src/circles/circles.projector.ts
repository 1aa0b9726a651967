import { assertNever, Circle, Person } from '@leerkring/domain';
import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import { RowBatch } from '../shared/row-batch';
import { domainEventOf } from '../shared/stored-event';
import { blankForgotten, personEmail, personName, splitForgotten } from '../people/person-data';
import {
  CIRCLES_SCHEMA, actionGroupsTable, circlesDdl, circlesQueryIndexes, circlesTable, participantsTable, sessionsTable, type CircleRow,
} from './circle-tables';
import { isoTimestamp } from '../shared/iso-timestamp';

function openBatch() {
  return {
    circles: new RowBatch(circlesTable),
    participants: new RowBatch(participantsTable),
    sessions: new RowBatch(sessionsTable),
    actionGroups: new RowBatch(actionGroupsTable),
  };
}
type Batch = ReturnType<typeof openBatch>;

/** Ontwikkelcirkels with their participants, sessions and action groups, and running counts. */
export const circlesProjector: Projector = {
  name: 'circles',
  version: 1,
  schema: CIRCLES_SCHEMA,
  // PersonForgotten: a forgotten participant's name and e-mail address are blanked at once.
  eventTypes: [...Circle.CIRCLE_EVENT_TYPES, ...Person.PERSON_EVENT_TYPES],
  ddl: circlesDdl,
  indexes: circlesQueryIndexes,
  async apply(batchOfEvents: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const { events: recorded, forgotten } = splitForgotten(batchOfEvents);
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf<Circle.CircleEvent>(r) }));
    const batch = openBatch();
    // Counts and status live on the circle row, and a participant's earlier state decides whether
    // adding or removing changes the count: those rows are loaded. Sessions and groups are new rows.
    await batch.circles.load(tx, events.flatMap(({ event }) =>
      event.type === 'CircleStarted' ? [] : [{ id: event.data.circleId }]));
    await batch.participants.load(tx, events.flatMap(({ event }) =>
      event.type === 'ParticipantAdded' || event.type === 'ParticipantRemoved'
        ? [{ circle_id: event.data.circleId, participant_id: event.data.participantId }]
        : []));
    for (const { recorded: r, event } of events) evolve(batch, event, isoTimestamp(r.recordedAt));
    for (const table of Object.values(batch)) await table.flush(tx);
    await blankForgotten(tx, 'participants', 'participant_id', forgotten);
  },
};

function evolve(batch: Batch, event: Circle.CircleEvent, at: string): void {
  const circle = { id: event.data.circleId };
  // The batch's rows are its own: changed in place, not copied for every participant and session.
  const change = (update: (row: CircleRow) => void) =>
    batch.circles.update(circle, (row) => {
      update(row);
      return row;
    });
  switch (event.type) {
    case 'CircleStarted': {
      const { circleId, regionId, developerId, title, description, themes, transformationPlanId, startedOn } = event.data;
      batch.circles.put({
        id: circleId, region_id: regionId, developer_id: developerId, title, description: description ?? null,
        themes: [...themes], transformation_plan_id: transformationPlanId ?? null, started_on: startedOn,
        status: 'open', closed_on: null, outcome: null, participant_count: 0, session_count: 0, last_session_on: null,
      });
      return;
    }
    case 'ParticipantAdded': {
      const { circleId, participantId, person, sector, organisation, role } = event.data;
      const key = { circle_id: circleId, participant_id: participantId };
      const wasActive = batch.participants.get(key)?.active === true;
      batch.participants.put({
        circle_id: circleId, participant_id: participantId, name: personName(person), email: personEmail(person),
        sector, organisation, role, active: true, added_at: at, removed_at: null,
      });
      if (!wasActive) change((row) => { row.participant_count += 1; });
      return;
    }
    case 'ParticipantRemoved': {
      const key = { circle_id: event.data.circleId, participant_id: event.data.participantId };
      const participant = batch.participants.get(key);
      if (participant?.active !== true) return;
      batch.participants.put({ ...participant, active: false, removed_at: at });
      change((row) => { row.participant_count -= 1; });
      return;
    }
    case 'SessionRecorded': {
      const { circleId, sessionId, date, format, attendeeCount, attendeeIds, sectorsPresent, summary } = event.data;
      batch.sessions.put({
        circle_id: circleId, session_id: sessionId, date, format, attendee_count: attendeeCount,
        attendee_ids: attendeeIds === undefined ? null : [...attendeeIds], sectors_present: [...sectorsPresent], summary,
      });
      change((row) => {
        row.session_count += 1;
        if (row.last_session_on === null || row.last_session_on < date) row.last_session_on = date;
      });
      return;
    }
    case 'ActionGroupFormed': {
      const { circleId, actionGroupId, name, theme, memberIds } = event.data;
      batch.actionGroups.put({ circle_id: circleId, id: actionGroupId, name, theme, member_ids: [...memberIds] });
      return;
    }
    case 'CircleClosed':
      change((row) => {
        row.status = 'closed';
        row.closed_on = event.data.closedOn;
        row.outcome = event.data.outcome;
      });
      return;
    default:
      assertNever(event);
  }
}


import type { RecordedEvent, SqlExecutor } from '@leerkring/event-store';
import type { Projector } from '@leerkring/projections';
import {
  ACTIVITY_SCHEMA, activityDdl, activityQueryIndexes, circleTitlesTable, feedItemsTable, learningTitlesTable, regionNamesTable,
  type FeedItemRow,
} from './activity-tables';
import { describeEvent, type FeedContext } from './describe-event';
import { insertRows, RowBatch } from '../shared/row-batch';
import { actorOf, domainEventOf, everyType, type DomainEvent } from '../shared/stored-event';
import { isoTimestamp } from '../shared/iso-timestamp';

// Every event of every aggregate is something someone did: all of them make a feed item.
const eventTypes = everyType<DomainEvent['type']>({
  RegionRegistered: true, RegionRenamed: true, MunicipalityAdded: true, MunicipalityRemoved: true,
  TransformationPlanAdded: true, SupportPeriodStarted: true, SupportPeriodEnded: true,
  DeveloperAppointed: true, DeveloperAssignedToRegion: true, DeveloperReleasedFromRegion: true,
  AmbassadorAppointed: true, WeeklyWorkLogged: true, WeeklyWorkCorrected: true, AmbassadorDeparted: true,
  CircleStarted: true, ParticipantAdded: true, ParticipantRemoved: true, SessionRecorded: true,
  ActionGroupFormed: true, CircleClosed: true,
  LearningCaptured: true, LearningRevised: true, LearningEndorsed: true, LearningAdopted: true,
  LearningPromoted: true, LearningRetracted: true,
  ReportingPeriodClosed: true,
});

/** The names feed sentences use, as of the event being described. */
function openNames() {
  return {
    regions: new RowBatch(regionNamesTable),
    circles: new RowBatch(circleTitlesTable),
    learnings: new RowBatch(learningTitlesTable),
  };
}
type Names = ReturnType<typeof openNames>;

/** Who did what, when and where: one item per event, newest first, with a Dutch sentence. */
export const activityProjector: Projector = {
  name: 'activity',
  version: 1,
  schema: ACTIVITY_SCHEMA,
  eventTypes,
  ddl: activityDdl,
  indexes: activityQueryIndexes,
  async apply(recorded: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
    const events = recorded.map((r) => ({ recorded: r, event: domainEventOf(r) }));
    const names = openNames();
    const refs = events.map(({ event }) => referencesOf(event));
    await names.regions.load(tx, refs.flatMap((r) => r.regionIds.map((region_id) => ({ region_id }))));
    await names.circles.load(tx, refs.flatMap((r) => (r.circleId === null ? [] : [{ circle_id: r.circleId }])));
    await names.learnings.load(tx, refs.flatMap((r) => (r.learningId === null ? [] : [{ learning_id: r.learningId }])));
    const context: FeedContext = {
      regionName: (region_id) => names.regions.get({ region_id })?.name,
      circleTitle: (circle_id) => names.circles.get({ circle_id })?.title,
      learningTitle: (learning_id) => names.learnings.get({ learning_id })?.title,
    };

    const items: FeedItemRow[] = [];
    for (const { recorded: r, event } of events) {
      // Described before the event renames anything: a revision names the learning as it was.
      const facts = describeEvent(event, context);
      const { actorId, actorRole } = actorOf(r);
      items.push({
        position: r.position, event_id: r.id, event_type: r.type, stream_name: r.streamName, actor_id: actorId,
        actor_role: actorRole, description: facts.description, recorded_at: isoTimestamp(r.recordedAt),
        region_id: facts.regionId, related_region_id: facts.relatedRegionId, circle_id: facts.circleId,
        learning_id: facts.learningId,
      });
      rememberNames(event, names);
    }
    await insertRows(tx, feedItemsTable, items);
    for (const table of Object.values(names)) await table.flush(tx);
  },
};

function referencesOf(event: DomainEvent): { regionIds: string[]; circleId: string | null; learningId: string | null } {
  const data = event.data as Readonly<Record<string, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const regionIds = [text(data['regionId']), text(data['byRegionId'])].filter((id): id is string => id !== null);
  return { regionIds, circleId: text(data['circleId']), learningId: text(data['learningId']) };
}

function rememberNames(event: DomainEvent, names: Names): void {
  switch (event.type) {
    case 'RegionRegistered':
    case 'RegionRenamed':
      names.regions.put({ region_id: event.data.regionId, name: event.data.name });
      return;
    case 'CircleStarted':
      names.circles.put({ circle_id: event.data.circleId, title: event.data.title });
      return;
    case 'LearningCaptured':
      names.learnings.put({ learning_id: event.data.learningId, title: event.data.title });
      return;
    case 'LearningRevised':
      if (event.data.changes.title !== undefined) {
        names.learnings.put({ learning_id: event.data.learningId, title: event.data.changes.title });
      }
      return;
    default:
  }
}


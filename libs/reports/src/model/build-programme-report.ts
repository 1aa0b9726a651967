import { ReportingPeriod, dutchDate, invalidInput } from '@leerkring/domain';
import { START, type EventStore, type GlobalPosition, type RecordedEvent } from '@leerkring/event-store';
import { OverviewFold, type OverviewState } from '@leerkring/read-models';
import { quartersOfPeriod } from '../period/report-period';
import type { ReportRequest } from '../period/report-request';
import { REPORT_EXPORTED } from './report-exported.event';
import type { ClosedPeriodRow, ProgrammeReport } from './programme-report.types';
import { reportFigures } from './report-figures';

const PAGE_SIZE = 1_000;

/** What the report reads from the events up to its position. */
interface Folded {
  readonly state: OverviewState;
  /** Reporting periods VNG closed, by id: the Dutch date of closing. */
  readonly closed: ReadonlyMap<string, string>;
  /** The latest recording time among the events read (`null`: none). */
  readonly lastRecordedAt: Date | null;
  /** The position of the last event read. */
  readonly lastPosition: GlobalPosition;
}

/**
 * The programme report as of one global position of the store: the overview's own fold
 * (`OverviewFold`) over every event up to and including that position, read from the store
 * in global order, never from the live read models. Events at or before a position never change
 * once it is visible (the store's reader never passes an event that may still commit), so the same
 * position gives the same report whatever was appended since.
 *
 * Without a position the report is built at the latest event. Audit events of exports
 * (`ReportExported`) are skipped, so exporting twice in a row gives the same position.
 */
export async function buildProgrammeReport(store: EventStore, request: ReportRequest): Promise<ProgrammeReport> {
  const head = await store.headPosition();
  const target = request.position === undefined ? head : checkedPosition(request.position, head);
  const folded = await foldUpTo(store, target);
  for (const regionId of request.regionIds) {
    if (folded.state.slices[regionId]?.name == null) {
      throw invalidInput('regions', 'region-unknown', `regions: jeugdregio ${regionId} is niet bekend in Leerkring`);
    }
  }
  const closedPeriods: ClosedPeriodRow[] = quartersOfPeriod(request.period)
    .filter((id) => folded.closed.has(id))
    .map((id) => ({ reportingPeriodId: id, closedOn: folded.closed.get(id) as string }));
  return reportFigures(folded.state, {
    position: request.position ?? folded.lastPosition,
    asOfDate: folded.lastRecordedAt === null ? null : dutchDate(folded.lastRecordedAt),
    period: request.period,
    regionIds: request.regionIds,
    closedPeriods,
  });
}

/** A position of this store that it has reached; otherwise the report could not be asked for again. */
function checkedPosition(position: GlobalPosition, head: GlobalPosition): GlobalPosition {
  const partsOf = (p: string) => p.split('-').length;
  if (head !== START && partsOf(position) !== partsOf(head)) {
    throw invalidInput('position', 'position-format', 'position is geen positie van deze gebeurtenissenopslag');
  }
  if (position > head) {
    throw invalidInput('position', 'position-beyond-head', `position ligt na de laatste gebeurtenis (${head === START ? 'geen' : head})`);
  }
  return position;
}

async function foldUpTo(store: EventStore, target: GlobalPosition): Promise<Folded> {
  const fold = new OverviewFold();
  const closed = new Map<string, string>();
  let lastRecordedAt: Date | null = null;
  let lastPosition: GlobalPosition = START;
  const take = (event: RecordedEvent) => {
    if (event.type === REPORT_EXPORTED) return;
    fold.add(event);
    if (event.type === 'ReportingPeriodClosed') {
      const { reportingPeriodId, closedAt } = event.data as ReportingPeriod.ReportingPeriodClosed['data'];
      closed.set(reportingPeriodId, dutchDate(new Date(closedAt)));
    }
    if (lastRecordedAt === null || event.recordedAt > lastRecordedAt) lastRecordedAt = event.recordedAt;
    lastPosition = event.position;
  };
  if (target === START) return { state: fold.state, closed, lastRecordedAt, lastPosition };
  for (let after: GlobalPosition = START; ;) {
    const page = await store.readAll({ after, maxCount: PAGE_SIZE });
    for (const event of page) {
      if (event.position > target) return { state: fold.state, closed, lastRecordedAt, lastPosition };
      take(event);
    }
    const last = page[page.length - 1];
    if (!last || last.position >= target) return { state: fold.state, closed, lastRecordedAt, lastPosition };
    after = last.position;
  }
}

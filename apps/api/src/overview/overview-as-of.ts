import { dutchDate } from '@leerkring/domain';
import { START, type EventStore } from '@leerkring/event-store';
import { OverviewFold, summarizeOverview, type OverviewSummary } from '@leerkring/read-models';

/**
 * The national overview as it was at the end of a past day: the overview's own fold
 * (`OverviewFold`, as `OverviewQueries.asOfFromEvents` / `foldOverview` use it) over the
 * events the store had recorded by then, read from the store in pages. Corrections, renames and
 * retractions recorded later do not leak in, as they would from the live projection.
 *
 * The fold runs page by page, so memory holds the overview's state, not the events.
 */

const PAGE_SIZE = 1_000;

/**
 * Positions follow commit order, `recordedAt` the start of the appending transaction, so an event
 * recorded before the end of the day can follow one recorded after it. Reading stops only past
 * an event recorded this long after the day: no append transaction stays open for an hour.
 */
const COMMIT_SLACK_MS = 60 * 60 * 1000;

const HOUR_MS = 60 * 60 * 1000;

/** The first instant of a Dutch calendar day: 00:00 in Amsterdam is 23:00 or 22:00 UTC the day before. */
export function startOfDutchDay(date: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(midnightUtc - offsetHours * HOUR_MS);
    if (dutchDate(candidate) === date) return candidate;
  }
  return new Date(midnightUtc - HOUR_MS);
}

/** The last millisecond of a Dutch calendar day. */
export function endOfDutchDay(date: string): Date {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR_MS).toISOString().slice(0, 10);
  return new Date(startOfDutchDay(next).getTime() - 1);
}

/** The overview at the end of `date` (`YYYY-MM-DD`, checked by the caller), from the events recorded by then. */
export async function overviewAtEndOf(store: EventStore, date: string): Promise<OverviewSummary> {
  const until = endOfDutchDay(date);
  const stopAfter = until.getTime() + COMMIT_SLACK_MS;
  const fold = new OverviewFold();
  let after = START;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE_SIZE });
    let pastTheDay = false;
    for (const event of page) {
      const recordedAt = event.recordedAt.getTime();
      if (recordedAt <= until.getTime()) fold.add(event);
      else if (recordedAt > stopAfter) pastTheDay = true;
    }
    const last = page[page.length - 1];
    if (!last || pastTheDay || page.length < PAGE_SIZE) break;
    after = last.position;
  }
  return summarizeOverview(fold.state, until);
}

import { Inject } from '@nestjs/common';
import { Args, Resolver } from '@nestjs/graphql';
import { dutchDate, invalidInput, requireDate } from '@leerkring/domain';
import { EVENT_STORE, type EventStore } from '@leerkring/event-store';
import { CLOCK, type Clock } from '../command-side/clock';
import { DATE } from '../graphql/field-descriptions';
import { AtLeast, ReadQuery } from '../graphql/freshness';
import { ReadModels } from '../graphql/read-models';
import { READS } from '../graphql/read-projections';
import { readingPersonalDataSealed } from '../people-privacy/personal-data-store';
import { NationalOverviewObject } from './national-overview.object';
import { overviewAtEndOf } from './overview-as-of';

/**
 * `nationalOverview(asOf)` (DESIGN.md 6). Without `asOf`, or with today, the live projection,
 * relative to now. With a past date the figures as they were at the end of that Dutch day,
 * folded from the events recorded by then. A future date is refused: its figures would only
 * pretend to know what has not happened.
 */
@Resolver(() => NationalOverviewObject)
export class NationalOverviewQueriesResolver {
  /** The overview's fold reads no personal field: it reads the events as stored. */
  private readonly events: EventStore;

  constructor(
    private readonly read: ReadModels,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.events = readingPersonalDataSealed(store);
  }

  @ReadQuery(() => NationalOverviewObject, {
    reads: READS.overview,
    description: 'Het landelijke overzicht: nu, of zoals het was aan het eind van een dag in het verleden (asOf).',
  })
  async nationalOverview(
    @Args('asOf', {
      type: () => String, nullable: true,
      description: `${DATE} Een dag in het verleden: de cijfers zoals ze aan het eind van die dag waren. Leeg of vandaag: nu.`,
    })
    asOf: string | null | undefined,
    @AtLeast() _atLeast?: string | null,
  ): Promise<NationalOverviewObject> {
    const now = this.clock.now();
    if (asOf === undefined || asOf === null) return NationalOverviewObject.from(await this.read.overview.current(now), true);
    const date = requireDate('asOf', asOf);
    const today = dutchDate(now);
    if (date > today) throw invalidInput('asOf', 'date-in-future', `asOf mag niet na vandaag (${today}) liggen`);
    if (date === today) return NationalOverviewObject.from(await this.read.overview.current(now), true);
    return NationalOverviewObject.from(await overviewAtEndOf(this.events, date), false);
  }
}

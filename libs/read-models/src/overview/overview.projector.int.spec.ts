import { eventsFor, useSchema } from '@leerkring/projections';
import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { DomainStory } from '../shared/domain-story.fixtures';
import { projectTwice, readDataSourceOver, rowsOf, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { OVERVIEW_ENTITIES } from './overview.entities';
import { overviewProjector } from './overview.projector';
import { OverviewQueries, foldOverview } from './overview.queries';
import { NATIONAL_SLICE } from './overview-state';
import { firstQuarter, flevoland, halfYear, stamped, westBrabantWest, zeeland } from './overview-story.fixtures';
import { summarizeOverview } from './overview-summary';

describe('overview projector and queries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let queries: OverviewQueries;
  beforeAll(async () => {
    bed = await projectorTestBed(overviewProjector);
    db = await readDataSourceOver(bed, [...OVERVIEW_ENTITIES]);
    queries = new OverviewQueries(db);
  });
  beforeEach(() => bed.reset());
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  const endOfMarch = new Date('2024-03-31T20:00:00Z');
  const endOfJune = new Date('2024-06-28T10:00:00Z');

  it('persists one slice per region and one for national ambassadors', async () => {
    await bed.apply(halfYear());
    expect((await bed.query<{ key: string }>('SELECT DISTINCT slice_key AS key FROM slice_parts ORDER BY key')).map((r) => r.key))
      .toEqual([flevoland, westBrabantWest, zeeland, NATIONAL_SLICE].sort());
  });

  it('gives from its snapshot what folding the same events gives, however the batches are cut', async () => {
    const events = halfYear();
    const recorded = [];
    for (let at = 0; at < events.length; at += 7) recorded.push(...await bed.apply(events.slice(at, at + 7)));
    for (const asOf of [endOfJune, new Date('2024-09-30T10:00:00Z')]) {
      expect(await queries.current(asOf)).toEqual(summarizeOverview(foldOverview(recorded), asOf));
    }
    expect((await queries.current(endOfJune)).totals.adoptions).toBe(2);
  });

  it('stays equal to the fold while slices change one batch at a time (figures of unchanged slices are kept)', async () => {
    const events = halfYear();
    const recorded = [];
    for (let at = 0; at < events.length; at += 5) {
      recorded.push(...await bed.apply(events.slice(at, at + 5)));
      expect(await queries.current(endOfJune)).toEqual(summarizeOverview(foldOverview(recorded), endOfJune));
    }
  });

  it('answers a past date from the events recorded by then, not from the live snapshot', async () => {
    const recorded = await bed.apply(halfYear());
    const past = queries.asOfFromEvents(recorded, endOfMarch);
    const firstQuarterOnly = recorded.filter((e) => e.recordedAt <= endOfMarch);
    expect(past).toEqual(summarizeOverview(foldOverview(firstQuarterOnly), endOfMarch));
    expect(past.regions.find((r) => r.regionId === westBrabantWest)?.name).toBe('West-Brabant-West');
    // The live snapshot already holds the April rename and the correction of week 11.
    const live = await queries.current(endOfMarch);
    expect(live.regions.find((r) => r.regionId === westBrabantWest)?.name).toBe('Jeugdregio West-Brabant-West');
    expect(live.totals.ambassadorHours.logged).toBe(past.totals.ambassadorHours.logged + 1);
  });

  it('computes afresh when a new projector version is swapped in at the same position', async () => {
    const recorded = await bed.apply(halfYear());
    const position = recorded[recorded.length - 1]!.position;
    await bed.sql.query(`DELETE FROM projection_checkpoints WHERE name = 'overview'`);
    await bed.sql.query(
      `INSERT INTO projection_checkpoints (name, slot, version, schema_name, position) VALUES ('overview', 'live', 1, $1, $2)`,
      [overviewProjector.schema, position],
    );
    const zeelandName = async () => (await queries.current(endOfJune)).regions.find((r) => r.regionId === zeeland)?.name;
    expect(await zeelandName()).toBe('Zeeland');
    const before = await queries.liveVersion(endOfJune);

    // Other rows at the same position, as a new version's rebuild may leave them.
    await bed.query(
      `UPDATE slice_parts SET facts = jsonb_set(facts, '{name}', '"Zeeland (herbouwd)"') WHERE slice_key = $1 AND part = 'meta'`,
      [zeeland],
    );
    expect(await zeelandName()).toBe('Zeeland');
    await bed.sql.query(`UPDATE projection_checkpoints SET version = 2 WHERE name = 'overview'`);

    expect(await queries.liveVersion(endOfJune)).not.toBe(before);
    expect(await zeelandName()).toBe('Zeeland (herbouwd)');
  });

  it('answers an empty overview before any event', async () => {
    const summary = await queries.current(endOfMarch);
    expect(summary.regions).toEqual([]);
    expect(summary.monthlyTrends).toEqual([]);
    expect(summary.totals).toMatchObject({ regions: 0, activeCircles: 0, lastActivityOn: null });
  });

  it('applies a replayed batch only once', async () => {
    const recorded = await bed.apply(stamped(firstQuarter(new DomainStory())));
    const before = await rowsOf(bed, ['slice_parts']);
    await bed.sql.transaction(async (tx) => {
      await useSchema(tx, overviewProjector.schema);
      await overviewProjector.apply(eventsFor(overviewProjector, recorded), tx);
    });
    expect(await rowsOf(bed, ['slice_parts'])).toEqual(before);
  });

  it('is deterministic: the same events give the same slices, in one batch or cut into several', async () => {
    const { whole, cut } = await projectTwice(overviewProjector, halfYear(), ['slice_parts']);
    expect(cut).toEqual(whole);
    expect(new Set(whole['slice_parts']!.map((row) => (row as { slice_key: string }).slice_key)).size).toBe(4);
  });
});

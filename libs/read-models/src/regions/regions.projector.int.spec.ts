import { projectorTestBed } from '@leerkring/projections/testing';
import { DomainStory } from '../shared/domain-story.fixtures';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import {
  addMunicipalities, addPlansAndPeriods, brabantPeriod, firstPeriod, registerRegions, secondPeriod, westBrabantWest,
  zeeland,
} from './region-story.fixtures';
import { REGION_TABLES } from './region-tables';
import { regionsProjector } from './regions.projector';

describe('regions projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(regionsProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const municipalitiesOf = async (regionId: string) =>
    (await bed.query<{ name: string }>('SELECT name FROM municipalities WHERE region_id = $1 ORDER BY name', [regionId]))
      .map((r) => r.name);

  it('registers regions with their time of registration', async () => {
    const [first] = await bed.apply(registerRegions(new DomainStory()).take());
    const rows = await bed.query('SELECT id, slug, name, province, registered_at, renamed_at, previous_names FROM regions ORDER BY id');
    expect(rows).toEqual([
      {
        id: westBrabantWest, slug: 'west-brabant-west', name: 'West-Brabant-West', province: 'Noord-Brabant',
        registered_at: expect.any(Date), renamed_at: null, previous_names: [],
      },
      {
        id: zeeland, slug: 'zeeland', name: 'Zeeland', province: 'Zeeland',
        registered_at: first?.recordedAt, renamed_at: null, previous_names: [],
      },
    ]);
  });

  it('renames a region in the same batch that registers it, and in a later one', async () => {
    const story = registerRegions(new DomainStory());
    story.region({ type: 'RenameRegion', data: { regionId: zeeland, name: 'Zeeland (Walcheren)' } });
    await bed.apply(story.take());
    const [renamed] = await bed.apply(
      story.region({ type: 'RenameRegion', data: { regionId: zeeland, name: 'Jeugdregio Zeeland' } }).take(),
    );
    expect(await bed.query(`SELECT name, previous_names, renamed_at FROM regions WHERE id = '${zeeland}'`)).toEqual([
      { name: 'Jeugdregio Zeeland', previous_names: ['Zeeland', 'Zeeland (Walcheren)'], renamed_at: renamed?.recordedAt },
    ]);
  });

  it('keeps current municipalities: removed ones are gone, and one may come back', async () => {
    const story = addMunicipalities(registerRegions(new DomainStory()));
    // Removed as spelled when added, whatever the casing of the command; then re-added in the same batch.
    story.region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'veere' } });
    story.region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'Middelburg' } });
    story.region({ type: 'AddMunicipality', data: { regionId: zeeland, municipality: 'Middelburg' } });
    await bed.apply(story.take());
    expect(await municipalitiesOf(zeeland)).toEqual(['Middelburg', 'Vlissingen']);
    expect(await municipalitiesOf(westBrabantWest)).toEqual(['Bergen op Zoom', 'Etten-Leur', 'Roosendaal']);

    await bed.apply(story.region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'VLISSINGEN' } }).take());
    expect(await municipalitiesOf(zeeland)).toEqual(['Middelburg']);
    await bed.apply(story.region({ type: 'AddMunicipality', data: { regionId: zeeland, municipality: 'Veere' } }).take());
    expect(await municipalitiesOf(zeeland)).toEqual(['Middelburg', 'Veere']);
  });

  it('keeps transformation plans with themes and period as dates', async () => {
    await bed.apply(addPlansAndPeriods(registerRegions(new DomainStory())).take());
    expect(await bed.query(`SELECT region_id, title, themes, period_from::text, period_to::text FROM transformation_plans ORDER BY title`)).toEqual([
      {
        region_id: westBrabantWest, title: 'Systeemaanpak wachttijden', themes: ['wachttijden', 'betere-toegang'],
        period_from: '2020-01-01', period_to: '2022-12-31',
      },
      {
        region_id: zeeland, title: 'Werkgemeenschap Walcheren', themes: ['24-uurszorg'],
        period_from: '2019-06-01', period_to: '2021-06-01',
      },
    ]);
  });

  it('opens and ends support periods, also across batches', async () => {
    const story = addPlansAndPeriods(registerRegions(new DomainStory()));
    await bed.apply(story.take());
    await bed.apply(story.region({ type: 'EndSupportPeriod', data: { regionId: westBrabantWest, endsOn: '2022-02-28' } }).take());
    expect(await bed.query('SELECT id, region_id, starts_on::text, ends_on::text FROM support_periods ORDER BY region_id, starts_on')).toEqual([
      { id: brabantPeriod, region_id: westBrabantWest, starts_on: '2019-03-01', ends_on: '2022-02-28' },
      { id: firstPeriod, region_id: zeeland, starts_on: '2019-01-01', ends_on: '2021-12-31' },
      { id: secondPeriod, region_id: zeeland, starts_on: '2022-03-01', ends_on: null },
    ]);
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const story = addPlansAndPeriods(addMunicipalities(registerRegions(new DomainStory())));
    story.region({ type: 'RenameRegion', data: { regionId: zeeland, name: 'Zeeland (Walcheren)' } });
    story.region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'Veere' } });
    story.region({ type: 'EndSupportPeriod', data: { regionId: westBrabantWest, endsOn: '2022-02-28' } });
    const { whole, cut } = await projectTwice(regionsProjector, story.take(), REGION_TABLES);
    expect(cut).toEqual(whole);
    expect(whole['municipalities']).toHaveLength(5);
    expect(whole['support_periods']).toHaveLength(3);
  });
});

import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { DomainStory } from '../shared/domain-story.fixtures';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { REGION_ENTITIES } from './region.entities';
import { RegionQueries } from './region.queries';
import {
  addMunicipalities, addPlansAndPeriods, firstPeriod, registerRegions, secondPeriod, wachttijdenPlan, westBrabantWest,
  zeeland,
} from './region-story.fixtures';
import { regionsProjector } from './regions.projector';

describe('RegionQueries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let regions: RegionQueries;

  beforeAll(async () => {
    bed = await projectorTestBed(regionsProjector);
    const story = addPlansAndPeriods(addMunicipalities(registerRegions(new DomainStory())));
    story.region({ type: 'RenameRegion', data: { regionId: zeeland, name: 'Zeeland (Walcheren)' } });
    story.region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'Veere' } });
    await bed.apply(story.take());
    db = await readDataSourceOver(bed, REGION_ENTITIES);
    regions = new RegionQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  it('lists regions by name', async () => {
    const list = await regions.list();
    expect(list.map((r) => r.name)).toEqual(['West-Brabant-West', 'Zeeland (Walcheren)']);
    expect(list[1]).toMatchObject({
      id: zeeland, slug: 'zeeland', province: 'Zeeland', previousNames: ['Zeeland'], renamedAt: expect.any(Date),
    });
    expect(list[0]?.renamedAt).toBeNull();
  });

  it('finds a region by id and by slug, and answers null for an unknown one', async () => {
    expect(await regions.byId(westBrabantWest)).toMatchObject({ name: 'West-Brabant-West' });
    expect(await regions.bySlug('zeeland')).toMatchObject({ id: zeeland });
    expect(await regions.byId('JZ99')).toBeNull();
  });

  it('answers a batch of ids in their order, with null where unknown and duplicates repeated', async () => {
    const batch = await regions.byIds([zeeland, 'JZ99', westBrabantWest, zeeland]);
    expect(batch.map((r) => r?.id ?? null)).toEqual([zeeland, null, westBrabantWest, zeeland]);
    expect(await regions.byIds([])).toEqual([]);
  });

  it('answers the current municipalities per region', async () => {
    const [ofZeeland, ofUnknown, ofBrabant] = await regions.municipalitiesOf([zeeland, 'JZ99', westBrabantWest]);
    expect(ofZeeland?.map((m) => m.name)).toEqual(['Middelburg', 'Vlissingen']);
    expect(ofUnknown).toEqual([]);
    expect(ofBrabant?.map((m) => m.name)).toEqual(['Bergen op Zoom', 'Etten-Leur', 'Roosendaal']);
  });

  it('answers transformation plans with dates as YYYY-MM-DD', async () => {
    const [ofBrabant] = await regions.transformationPlansOf([westBrabantWest]);
    expect(ofBrabant).toEqual([expect.objectContaining({
      id: wachttijdenPlan, regionId: westBrabantWest, title: 'Systeemaanpak wachttijden',
      themes: ['wachttijden', 'betere-toegang'], periodFrom: '2020-01-01', periodTo: '2022-12-31',
    })]);
    expect((await regions.transformationPlansByIds(['nope', wachttijdenPlan])).map((p) => p?.title ?? null))
      .toEqual([null, 'Systeemaanpak wachttijden']);
  });

  it('answers support periods oldest first, the running one open-ended', async () => {
    const [ofZeeland] = await regions.supportPeriodsOf([zeeland]);
    expect(ofZeeland).toEqual([
      { id: firstPeriod, regionId: zeeland, startsOn: '2019-01-01', endsOn: '2021-12-31' },
      { id: secondPeriod, regionId: zeeland, startsOn: '2022-03-01', endsOn: null },
    ]);
  });
});

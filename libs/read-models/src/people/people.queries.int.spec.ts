import { projectorTestBed } from '@leerkring/projections/testing';
import type { DataSource } from 'typeorm';
import { DomainStory } from '../shared/domain-story.fixtures';
import { readDataSourceOver, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import { anouk, appointAmbassadors, appointDevelopers, fatima, joost, kees, sanne } from './people-story.fixtures';
import { PEOPLE_ENTITIES } from './people.entities';
import { peopleProjector } from './people.projector';
import { PeopleQueries } from './people.queries';

describe('PeopleQueries', () => {
  let bed: ProjectorTestBed;
  let db: DataSource;
  let people: PeopleQueries;

  beforeAll(async () => {
    bed = await projectorTestBed(peopleProjector);
    const story = appointAmbassadors(appointDevelopers(new DomainStory()))
      .developer({ type: 'ReleaseDeveloperFromRegion', data: { developerId: kees, regionId: 'JZ38' } })
      .ambassador({ type: 'DepartAmbassador', data: { ambassadorId: sanne, departedOn: '2022-01-31' } });
    await bed.apply(story.take());
    db = await readDataSourceOver(bed, PEOPLE_ENTITIES);
    people = new PeopleQueries(db);
  });
  afterAll(async () => {
    await db.destroy();
    await bed.close();
  });

  it('finds an ambassador by id, with dates as YYYY-MM-DD', async () => {
    expect(await people.ambassadorById(anouk)).toEqual(expect.objectContaining({
      id: anouk, name: 'Anouk Jansen', email: 'a.jansen@example.nl', scope: 'regional', regionId: 'JZ36',
      background: 'gemeente', hoursPerWeek: 8, appointedOn: '2019-01-10', departedOn: null,
    }));
    expect(await people.ambassadorById('unknown')).toBeNull();
  });

  it('answers ambassadors per id and per region, current ones unless asked otherwise', async () => {
    expect((await people.ambassadorsByIds([sanne, 'unknown', anouk])).map((a) => a?.id ?? null)).toEqual([sanne, null, anouk]);
    const [inZeeland, inBrabant] = await people.ambassadorsByRegion(['JZ38', 'JZ36']);
    expect(inZeeland).toEqual([]);
    expect(inBrabant?.map((a) => a.id)).toEqual([anouk]);
    const [withDeparted] = await people.ambassadorsByRegion(['JZ38'], { includeDeparted: true });
    expect(withDeparted?.map((a) => [a.id, a.departedOn])).toEqual([[sanne, '2022-01-31']]);
    expect((await people.nationalAmbassadors()).map((a) => a.id)).toEqual([joost]);
  });

  it('finds developers by id', async () => {
    expect(await people.developerById(kees)).toEqual(expect.objectContaining({ name: 'Kees de Boer', appointedOn: '2019-01-07' }));
    expect((await people.developersByIds(['unknown', fatima, kees])).map((d) => d?.id ?? null)).toEqual([null, fatima, kees]);
  });

  it('answers the developers currently assigned per region, and the regions per developer', async () => {
    const [inBrabant, inZeeland, inUnknown] = await people.developersByRegion(['JZ36', 'JZ38', 'JZ99']);
    expect(inBrabant?.map((d) => d.id)).toEqual([kees, fatima]);
    expect(inZeeland).toEqual([]);
    expect(inUnknown).toEqual([]);
    expect(await people.regionIdsOfDevelopers([kees, fatima, 'unknown'])).toEqual([['JZ36'], ['JZ36'], []]);
  });
});

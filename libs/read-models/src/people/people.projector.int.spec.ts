import { projectorTestBed } from '@leerkring/projections/testing';
import { DomainStory, uuid } from '../shared/domain-story.fixtures';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import {
  anouk, appointAmbassadors, appointDevelopers, appointedInVersion1, fatima, joost, kees, personForgotten, sanne,
} from './people-story.fixtures';
import { PEOPLE_TABLES } from './people-tables';
import { peopleProjector } from './people.projector';

describe('people projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(peopleProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const ambassadors = () => bed.query(
    `SELECT id, name, email, scope, region_id, background, hours_per_week, appointed_on::text, departed_on::text
       FROM ambassadors ORDER BY appointed_on`);

  it('keeps ambassadors with their scope, region and hours, names from the person field', async () => {
    await bed.apply(appointAmbassadors(new DomainStory()).take());
    expect(await ambassadors()).toEqual([
      {
        id: joost, name: 'Joost Bakker', email: null, scope: 'national', region_id: null, background: 'jeugdhulp',
        hours_per_week: 16, appointed_on: '2019-01-02', departed_on: null,
      },
      {
        id: anouk, name: 'Anouk Jansen', email: 'a.jansen@example.nl', scope: 'regional', region_id: 'JZ36',
        background: 'gemeente', hours_per_week: 8, appointed_on: '2019-01-10', departed_on: null,
      },
      {
        id: sanne, name: 'Sanne Visser', email: null, scope: 'regional', region_id: 'JZ38', background: 'client',
        hours_per_week: 12.5, appointed_on: '2019-03-01', departed_on: null,
      },
    ]);
  });

  it('upcasts a version 1 appointment to the default of 8 hours a week', async () => {
    const old = uuid(0x2fff);
    await bed.apply([appointedInVersion1(old)]);
    expect(await bed.query('SELECT name, hours_per_week, region_id FROM ambassadors')).toEqual([
      { name: 'Wim de Wit', hours_per_week: 8, region_id: 'JZ38' },
    ]);
  });

  it('records a departure, also of an ambassador appointed in an earlier batch', async () => {
    const story = appointAmbassadors(new DomainStory());
    story.ambassador({ type: 'DepartAmbassador', data: { ambassadorId: anouk, departedOn: '2021-01-31' } });
    await bed.apply(story.take());
    await bed.apply(story.ambassador({ type: 'DepartAmbassador', data: { ambassadorId: sanne, departedOn: '2022-01-31' } }).take());
    expect(await bed.query('SELECT id, departed_on::text FROM ambassadors ORDER BY appointed_on')).toEqual([
      { id: joost, departed_on: null },
      { id: anouk, departed_on: '2021-01-31' },
      { id: sanne, departed_on: '2022-01-31' },
    ]);
  });

  it('keeps developers and the regions they are assigned to, released ones as history', async () => {
    const story = appointDevelopers(new DomainStory());
    await bed.apply(story.take());
    const [released] = await bed.apply(story
      .developer({ type: 'ReleaseDeveloperFromRegion', data: { developerId: kees, regionId: 'JZ36' } }).take());
    expect(await bed.query('SELECT id, name, email, appointed_on::text FROM developers ORDER BY appointed_on')).toEqual([
      { id: kees, name: 'Kees de Boer', email: 'kees@ozj.example', appointed_on: '2019-01-07' },
      { id: fatima, name: 'Fatima El Amrani', email: null, appointed_on: '2019-02-01' },
    ]);
    expect(await bed.query('SELECT developer_id, region_id, assigned, released_at FROM developer_regions ORDER BY developer_id, region_id'))
      .toEqual([
        { developer_id: kees, region_id: 'JZ36', assigned: false, released_at: released?.recordedAt },
        { developer_id: kees, region_id: 'JZ38', assigned: true, released_at: null },
        { developer_id: fatima, region_id: 'JZ36', assigned: true, released_at: null },
      ]);
  });

  it('assigns a developer again after a release within one batch', async () => {
    const story = appointDevelopers(new DomainStory())
      .developer({ type: 'ReleaseDeveloperFromRegion', data: { developerId: kees, regionId: 'JZ36' } })
      .developer({ type: 'AssignDeveloperToRegion', data: { developerId: kees, regionId: 'JZ36' }, facts: { regionExists: true } });
    await bed.apply(story.take());
    expect(await bed.query(`SELECT assigned, released_at FROM developer_regions WHERE developer_id = '${kees}' AND region_id = 'JZ36'`))
      .toEqual([{ assigned: true, released_at: null }]);
  });

  it('blanks a forgotten person at once, also one appointed earlier in the same batch', async () => {
    const story = appointDevelopers(new DomainStory());
    await bed.apply(story.take());
    await bed.apply([...appointAmbassadors(story).take(), personForgotten(anouk)]);
    await bed.apply([personForgotten(kees)]);
    expect(await bed.query('SELECT id, name, email, appointed_on::text FROM developers ORDER BY appointed_on')).toEqual([
      { id: kees, name: 'verwijderd', email: null, appointed_on: '2019-01-07' },
      { id: fatima, name: 'Fatima El Amrani', email: null, appointed_on: '2019-02-01' },
    ]);
    expect(await bed.query('SELECT id, name, email, scope, region_id FROM ambassadors ORDER BY appointed_on')).toEqual([
      { id: joost, name: 'Joost Bakker', email: null, scope: 'national', region_id: null },
      { id: anouk, name: 'verwijderd', email: null, scope: 'regional', region_id: 'JZ36' },
      { id: sanne, name: 'Sanne Visser', email: null, scope: 'regional', region_id: 'JZ38' },
    ]);
  });

  it('stops at an event whose personal data was not decrypted, rather than store a person without a name', async () => {
    const [appointed] = appointDevelopers(new DomainStory()).take();
    const sealed = { ...appointed!, data: { ...(appointed!.data as object), person: { $pd: 1, subject: kees, iv: '', data: '', tag: '' } } };
    await expect(bed.apply([sealed])).rejects.toThrow(/encrypted personal data reached a projector/);
    expect(await bed.query('SELECT id FROM developers')).toEqual([]);
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const story = appointAmbassadors(appointDevelopers(new DomainStory()))
      .developer({ type: 'ReleaseDeveloperFromRegion', data: { developerId: kees, regionId: 'JZ36' } })
      .ambassador({ type: 'DepartAmbassador', data: { ambassadorId: sanne, departedOn: '2022-01-31' } });
    const { whole, cut } = await projectTwice(peopleProjector, [appointedInVersion1(uuid(0x2fff)), ...story.take()], PEOPLE_TABLES);
    expect(cut).toEqual(whole);
    expect(whole['ambassadors']).toHaveLength(4);
  });
});

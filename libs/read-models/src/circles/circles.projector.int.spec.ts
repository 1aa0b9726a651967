import { projectorTestBed } from '@leerkring/projections/testing';
import { DomainStory } from '../shared/domain-story.fixtures';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import {
  actionGroup, addParticipants, anna, bram, carla, caseSession, closeCircle, developerId, formActionGroup, plenary,
  recordSessions, removeParticipant, startCircles, wachttijden, walcheren, zeelandPlan,
} from './circle-story.fixtures';
import { personForgotten } from '../people/people-story.fixtures';
import { CIRCLE_TABLES } from './circle-tables';
import { circlesProjector } from './circles.projector';

describe('circles projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(circlesProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const circle = async (id: string) => (await bed.query(
    `SELECT status, closed_on::text, outcome, participant_count, session_count, last_session_on::text
       FROM circles WHERE id = $1`, [id]))[0];

  it('starts circles with their details', async () => {
    await bed.apply(startCircles(new DomainStory()).take());
    expect(await bed.query('SELECT id, region_id, developer_id, title, description, themes, transformation_plan_id, started_on::text, status FROM circles ORDER BY started_on')).toEqual([
      {
        id: wachttijden, region_id: 'JZ36', developer_id: developerId, title: 'Wachttijden omlaag', description: null,
        themes: ['wachttijden'], transformation_plan_id: null, started_on: '2024-02-01', status: 'open',
      },
      {
        id: walcheren, region_id: 'JZ38', developer_id: developerId, title: 'Werkgemeenschap Walcheren',
        description: 'Professionals uit alle sectoren leren samen over 24-uurszorg', themes: ['24-uurszorg', 'gezinshuizen'],
        transformation_plan_id: zeelandPlan, started_on: '2024-03-01', status: 'open',
      },
    ]);
    expect(await circle(walcheren)).toEqual({
      status: 'open', closed_on: null, outcome: null, participant_count: 0, session_count: 0, last_session_on: null,
    });
  });

  it('keeps participants with their personal data apart, and counts the current ones', async () => {
    await bed.apply(addParticipants(startCircles(new DomainStory())).take());
    expect(await bed.query('SELECT participant_id, name, email, sector, organisation, role, active, removed_at FROM participants ORDER BY participant_id')).toEqual([
      {
        participant_id: anna, name: 'Anna de Vries', email: 'anna@example.nl', sector: 'jeugdhulp', organisation: 'Emergis',
        role: 'gedragswetenschapper', active: true, removed_at: null,
      },
      {
        participant_id: bram, name: 'Bram Jansen', email: null, sector: 'onderwijs', organisation: 'Scholengroep Walcheren',
        role: 'intern begeleider', active: true, removed_at: null,
      },
      {
        participant_id: carla, name: 'Carla Smit', email: null, sector: 'gemeente', organisation: 'Gemeente Vlissingen',
        role: 'beleidsmedewerker', active: true, removed_at: null,
      },
    ]);
    expect(await circle(walcheren)).toMatchObject({ participant_count: 3 });
  });

  it('marks a removed participant inactive and counts them again when they rejoin', async () => {
    const story = addParticipants(startCircles(new DomainStory()));
    removeParticipant(story, bram);
    await bed.apply(story.take());
    expect(await circle(walcheren)).toMatchObject({ participant_count: 2 });
    const [removed] = await bed.apply(removeParticipant(story, anna).take());
    expect(await bed.query(`SELECT active, removed_at FROM participants WHERE participant_id = '${anna}'`))
      .toEqual([{ active: false, removed_at: removed?.recordedAt }]);
    expect(await circle(walcheren)).toMatchObject({ participant_count: 1 });

    // Anna rejoins (same id) in the batch that removes Carla.
    story.circle({
      type: 'AddParticipant',
      data: { circleId: walcheren, participantId: anna, person: { name: 'Anna de Vries' }, sector: 'ggz', organisation: 'Emergis', role: 'teamleider' },
    }, { actorId: developerId, role: 'ontwikkelaar' });
    removeParticipant(story, carla);
    await bed.apply(story.take());
    expect(await bed.query(`SELECT active, removed_at, email, sector, role FROM participants WHERE participant_id = '${anna}'`))
      .toEqual([{ active: true, removed_at: null, email: null, sector: 'ggz', role: 'teamleider' }]);
    expect(await circle(walcheren)).toMatchObject({ participant_count: 1 });
  });

  it('blanks a forgotten participant in every circle, and keeps what is not personal', async () => {
    const story = addParticipants(startCircles(new DomainStory()));
    await bed.apply(story.take());
    await bed.apply([...addParticipants(story, wachttijden).take(), personForgotten(anna)]);
    expect(await bed.query(`SELECT circle_id, name, email, organisation, active FROM participants WHERE participant_id = '${anna}' ORDER BY circle_id`))
      .toEqual([
        { circle_id: walcheren, name: 'verwijderd', email: null, organisation: 'Emergis', active: true },
        { circle_id: wachttijden, name: 'verwijderd', email: null, organisation: 'Emergis', active: true },
      ]);
    expect(await bed.query(`SELECT count(*)::int AS n FROM participants WHERE name = 'verwijderd'`)).toEqual([{ n: 2 }]);
    expect(await circle(walcheren)).toMatchObject({ participant_count: 3 });
  });

  it('records sessions with the latest date on the circle, whatever the order of recording', async () => {
    const story = addParticipants(startCircles(new DomainStory()));
    await bed.apply(story.take());
    await bed.apply(recordSessions(story).take());
    expect(await bed.query('SELECT session_id, date::text, format, attendee_count, attendee_ids, sectors_present, summary FROM sessions ORDER BY date')).toEqual([
      {
        session_id: plenary, date: '2024-04-02', format: 'plenair', attendee_count: 64, attendee_ids: null,
        sectors_present: ['jeugdhulp', 'onderwijs', 'gemeente', 'ggz'], summary: 'Aftrap werkgemeenschap',
      },
      {
        session_id: caseSession, date: '2024-05-14', format: 'casusbespreking', attendee_count: 6, attendee_ids: [anna, bram],
        sectors_present: ['jeugdhulp', 'onderwijs'], summary: 'Casus uitstroom besproken',
      },
    ]);
    expect(await circle(walcheren)).toMatchObject({ session_count: 2, last_session_on: '2024-05-14' });
  });

  it('keeps action groups and closes a circle with its outcome', async () => {
    const story = formActionGroup(addParticipants(startCircles(new DomainStory())));
    await bed.apply(closeCircle(story).take());
    expect(await bed.query('SELECT circle_id, id, name, theme, member_ids FROM action_groups')).toEqual([
      { circle_id: walcheren, id: actionGroup, name: 'Gezinshuizen Walcheren', theme: 'gezinshuizen', member_ids: [anna, carla] },
    ]);
    expect(await circle(walcheren)).toMatchObject({ status: 'closed', closed_on: '2024-06-01', outcome: 'Plan van aanpak vastgesteld' });
    expect(await circle(wachttijden)).toMatchObject({ status: 'open' });
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const story = recordSessions(addParticipants(startCircles(new DomainStory())));
    formActionGroup(story);
    removeParticipant(story, bram);
    addParticipants(story, wachttijden);
    removeParticipant(story, anna, wachttijden);
    closeCircle(story);
    const { whole, cut } = await projectTwice(circlesProjector, story.take(), CIRCLE_TABLES);
    expect(cut).toEqual(whole);
    expect(whole['participants']).toHaveLength(6);
    expect(whole['circles']).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: walcheren, participant_count: 2, session_count: 2, status: 'closed' }),
      expect.objectContaining({ id: wachttijden, participant_count: 2, session_count: 0, status: 'open' }),
    ]));
  });
});

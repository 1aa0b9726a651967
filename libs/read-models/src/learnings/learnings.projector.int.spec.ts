import { eventsFor, useSchema } from '@leerkring/projections';
import { projectorTestBed } from '@leerkring/projections/testing';
import { DomainStory } from '../shared/domain-story.fixtures';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';
import {
  adopt, capture, day, drenthe, eenmalig, flevoland, learningStory, omdenken, wachttijden, westBrabantWest, zeeland,
} from './learning-story.fixtures';
import { LEARNING_TABLES } from './learning-tables';
import { learningsProjector } from './learnings.projector';

describe('learnings projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(learningsProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const learning = async (id: string) => (await bed.query(
    `SELECT region_id, title, themes, success_factors, evidence_level, evidence_rank, knowledge_sources, origin, status,
            captured_on::text, revised_on::text, retracted_on::text, promoted, promoted_on::text, promotion_reason,
            endorsement_count, adoption_count
       FROM learnings WHERE id = $1`, [id]))[0];

  it('keeps a learning revised, endorsed, adopted twice and promoted', async () => {
    await bed.apply(learningStory().events);
    expect(await learning(omdenken)).toEqual({
      region_id: flevoland, title: 'Omdenken op casusniveau',
      themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid'],
      success_factors: ['vaste casusregisseur', 'hogeschool als kritische vriend'],
      evidence_level: 'goede-aanwijzingen', evidence_rank: 4, knowledge_sources: ['praktijk', 'wetenschap'],
      origin: 'casus', status: 'active', captured_on: '2024-05-01', revised_on: '2024-06-03', retracted_on: null,
      promoted: true, promoted_on: '2024-06-03', promotion_reason: 'Dit moet heel Nederland weten',
      endorsement_count: 1, adoption_count: 2,
    });
    expect(await bed.query('SELECT region_id, comment, endorsed_on::text FROM endorsements')).toEqual([
      { region_id: zeeland, comment: 'Herkenbaar uit Walcheren', endorsed_on: '2024-06-03' },
    ]);
    expect(await bed.query(
      'SELECT learning_id, origin_region_id, adopting_region_id, adopted_on::text FROM adoptions ORDER BY adopted_on',
    )).toEqual([
      { learning_id: omdenken, origin_region_id: flevoland, adopting_region_id: zeeland, adopted_on: '2024-06-01' },
      { learning_id: wachttijden, origin_region_id: westBrabantWest, adopting_region_id: drenthe, adopted_on: '2024-06-02' },
      { learning_id: omdenken, origin_region_id: flevoland, adopting_region_id: westBrabantWest, adopted_on: '2024-06-03' },
    ]);
    expect(await bed.query('SELECT learning_id, revised_on::text, changed_fields, changes FROM revisions')).toEqual([{
      learning_id: omdenken, revised_on: '2024-06-03', changed_fields: ['themes', 'evidenceLevel'],
      changes: { themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid'], evidenceLevel: 'goede-aanwijzingen' },
    }]);
  });

  it('marks a retracted learning and keeps its content', async () => {
    await bed.apply(learningStory().events);
    expect(await learning(eenmalig)).toMatchObject({
      status: 'retracted', retracted_on: '2024-06-03', title: 'Een eenmalige casus', region_id: drenthe,
    });
    expect(await bed.query(`SELECT count(*)::int AS n FROM learnings WHERE status = 'active'`)).toEqual([{ n: 4 }]);
  });

  it('maintains the Dutch search vector with the title weighted highest, also after a revision', async () => {
    const story = capture(new DomainStory(day('2024-05-01')), wachttijden, westBrabantWest, {
      title: 'Wachttijden verkorten', insight: 'Een systeemaanpak met negen gemeenten.', successFactors: ['draagvlak'],
    });
    await bed.apply(story.take());
    expect(await bed.query(`SELECT search::text AS search FROM learnings`)).toEqual([
      { search: `'draagvlak':8C 'gemeent':7B 'neg':6B 'systeemaanpak':4B 'verkort':2A 'wachttijd':1A` },
    ]);
    await bed.apply(story.learning({
      type: 'ReviseLearning', data: { learningId: wachttijden, byRegionId: westBrabantWest, title: 'Crisisbedden delen' },
    }, { actorId: 'a', role: 'regio-ambassadeur' }).take());
    const [row] = await bed.query<{ search: string }>(`SELECT search::text AS search FROM learnings`);
    expect(row?.search).toContain(`'crisisbed':1A`);
    expect(row?.search).not.toContain('wachttijd');
  });

  it('applies a replayed batch only once', async () => {
    const recorded = await bed.apply(learningStory().events);
    await bed.sql.transaction(async (tx) => {
      await useSchema(tx, learningsProjector.schema);
      await learningsProjector.apply(eventsFor(learningsProjector, recorded), tx);
    });
    expect(await learning(omdenken)).toMatchObject({ endorsement_count: 1, adoption_count: 2 });
    expect(await bed.query('SELECT count(*)::int AS n FROM revisions')).toEqual([{ n: 1 }]);
  });

  it('ignores events of a learning it never saw captured', async () => {
    const story = new DomainStory(day('2024-05-01'));
    capture(story, omdenken, flevoland);
    story.take();
    await bed.apply(adopt(story, omdenken, zeeland, '2024-05-01').take());
    expect(await bed.query('SELECT count(*)::int AS n FROM learnings')).toEqual([{ n: 0 }]);
    expect(await bed.query('SELECT count(*)::int AS n FROM adoptions')).toEqual([{ n: 0 }]);
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const { whole, cut } = await projectTwice(learningsProjector, learningStory().events, LEARNING_TABLES);
    expect(cut).toEqual(whole);
    expect(whole['learnings']).toHaveLength(5);
    expect(whole['adoptions']).toHaveLength(3);
  });
});

import type { Learning } from '@leerkring/domain';
import {
  DomainStory, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur, uuid, type StoryEvent,
} from '../shared/domain-story.fixtures';

/**
 * Learnings as the seeds describe them, captured through the Learning decider: Flevoland's
 * action learning on 24-hour care, West-Brabant-West's system approach to waiting times,
 * Zeeland's werkgemeenschap and a Drenthe case.
 */

export const flevoland = 'JZ08';
export const westBrabantWest = 'JZ36';
export const zeeland = 'JZ38';
export const drenthe = 'JZ04';

export const omdenken = uuid(0x4001);
export const wachttijden = uuid(0x4002);
export const werkgemeenschap = uuid(0x4003);
export const uitstroom = uuid(0x4004);
export const eenmalig = uuid(0x4006);
const circleOf: Readonly<Record<string, string>> = {
  [flevoland]: uuid(0x4101), [westBrabantWest]: uuid(0x4102), [zeeland]: uuid(0x4103), [drenthe]: uuid(0x4104),
};
export const nationalAmbassador = uuid(0x4201);

const developer = ontwikkelaar(uuid(0x4301));
export const regionActor = (regionId: string) => regioAmbassadeur(`ambassadeur-${regionId}`);
const national = landelijkAmbassadeur(nationalAmbassador);

type Content = Partial<Omit<Learning.CaptureLearning['data'], 'learningId' | 'circleId'>>;

export function capture(story: DomainStory, learningId: string, regionId: string, content: Content = {}): DomainStory {
  return story.learning({
    type: 'CaptureLearning',
    data: {
      title: 'Een les', insight: 'Wat de cirkel leerde.', themes: ['betere-toegang'], successFactors: [],
      evidenceLevel: 'niet-beoordeeld', knowledgeSources: ['praktijk'], origin: 'sessie',
      ...content, learningId, circleId: circleOf[regionId] ?? uuid(0x4199),
    },
    facts: { circleRegionId: regionId },
  }, developer);
}

export const adopt = (story: DomainStory, learningId: string, byRegionId: string, adoptedOn: string) =>
  story.learning({
    type: 'AdoptLearning', data: { learningId, byRegionId, adoptedOn, adaptation: `Overgenomen door ${byRegionId}` },
  }, regionActor(byRegionId));

export const endorse = (story: DomainStory, learningId: string, byRegionId: string, comment?: string) =>
  story.learning({
    type: 'EndorseLearning', data: { learningId, byRegionId, ...(comment === undefined ? {} : { comment }) },
  }, regionActor(byRegionId));

export const promote = (story: DomainStory, learningId: string) =>
  story.learning({
    type: 'PromoteLearning', data: { learningId, promoterId: nationalAmbassador, reason: 'Dit moet heel Nederland weten' },
    facts: { promoterScope: 'national' },
  }, national);

export const retract = (story: DomainStory, learningId: string) =>
  story.learning({ type: 'RetractLearning', data: { learningId, reason: 'Bleek een eenmalige casus' } }, developer);

export const day = (date: string): Date => new Date(`${date}T10:00:00Z`);

/**
 * The story most specs use: five learnings over four days, one revised, endorsed, adopted twice
 * and promoted, one adopted once, one retracted.
 */
export function learningStory(): { story: DomainStory; events: StoryEvent[] } {
  const story = new DomainStory(day('2024-05-01'));
  capture(story, omdenken, flevoland, {
    title: 'Omdenken op casusniveau',
    insight: 'Samen met aanbieders en gemeente een vastgelopen casus omdenken opent uitstroom uit 24-uurszorg.',
    themes: ['24-uurszorg'], successFactors: ['vaste casusregisseur', 'hogeschool als kritische vriend'],
    evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk', 'wetenschap'], origin: 'casus',
  });
  capture(story.at(day('2024-05-02')), wachttijden, westBrabantWest, {
    title: 'Wachttijden verkorten met een systeemaanpak',
    insight: 'Een initiatiefgroep met alle partners schreef een plan van aanpak voor negen gemeenten.',
    themes: ['wachttijden', 'betere-toegang'], successFactors: ['bestuurlijk draagvlak'],
    evidenceLevel: 'goed-onderbouwd', knowledgeSources: ['praktijk'], origin: 'data',
  });
  capture(story, werkgemeenschap, zeeland, {
    title: 'Een werkgemeenschap van alle sectoren',
    insight: 'Zestig tot tachtig professionals komen een paar keer per jaar samen; actiegroepen werken door.',
    themes: ['investeren-in-vakmanschap'], successFactors: ['kleine actiegroepen'],
    evidenceLevel: 'goed-beschreven', knowledgeSources: ['ervaring'], origin: 'sessie',
  });
  capture(story.at(day('2024-05-03')), uitstroom, flevoland, {
    title: 'Uitstroom uit de 24-uurszorg versnellen',
    insight: 'Omdenkers zoeken per jongere naar een plek dichter bij huis.',
    themes: ['24-uurszorg', 'zo-thuis-mogelijk-opgroeien'], successFactors: [],
    evidenceLevel: 'eerste-aanwijzingen', knowledgeSources: ['praktijk'], origin: 'casus',
  });
  capture(story, eenmalig, drenthe, { title: 'Een eenmalige casus', insight: 'Niet te herhalen.' });
  story.at(day('2024-06-03')).learning({
    type: 'ReviseLearning',
    data: {
      learningId: omdenken, byRegionId: flevoland, evidenceLevel: 'goede-aanwijzingen',
      themes: ['24-uurszorg', 'kwetsbare-jongeren-zelfstandigheid'],
    },
  }, regionActor(flevoland));
  endorse(story, omdenken, zeeland, 'Herkenbaar uit Walcheren');
  adopt(story, omdenken, zeeland, '2024-06-01');
  adopt(story, omdenken, westBrabantWest, '2024-06-03');
  adopt(story, wachttijden, drenthe, '2024-06-02');
  promote(story, omdenken);
  retract(story, eenmalig);
  return { story, events: story.take() };
}

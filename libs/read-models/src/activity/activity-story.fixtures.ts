import {
  addParticipants, closeCircle, formActionGroup, participantNames, recordSessions, removeParticipant, startCircles,
  bram, walcheren,
} from '../circles/circle-story.fixtures';
import { anouk, appointAmbassadors, appointDevelopers, joost, kees, names, sanne } from '../people/people-story.fixtures';
import { addMunicipalities, addPlansAndPeriods, registerRegions, zeeland } from '../regions/region-story.fixtures';
import { DomainStory, landelijkAmbassadeur, regioAmbassadeur, uuid } from '../shared/domain-story.fixtures';

/** One story through every aggregate, as the activity feed sees the programme. */

export const omdenken = uuid(0x6001);
/** Every personal name in the story: none may show up in a feed description. */
export const personalNames = [...names, ...participantNames];

const zeelander = regioAmbassadeur('ra-zeeland');
const weeklyWork = {
  hours: 7.75,
  circleIds: [],
  activities: [{ kind: 'gesprek', text: 'Verdiepend gesprek met Anna de Vries over wachttijden' }],
  partnersReached: 5,
  sectorsReached: ['jeugdhulp', 'gemeente'],
  reflection: 'Bram Jansen wil een plan van aanpak schrijven.',
};
const noClosedWeeks = { circleRegions: {}, weekInClosedPeriod: false };

export function wholeProgramme(story = new DomainStory()): DomainStory {
  addPlansAndPeriods(addMunicipalities(registerRegions(story)));
  appointAmbassadors(appointDevelopers(story));
  formActionGroup(recordSessions(addParticipants(startCircles(story))));
  removeParticipant(story, bram);
  story
    .learning({
      type: 'CaptureLearning',
      data: {
        learningId: omdenken, circleId: walcheren, title: 'Omdenken op casusniveau',
        insight: 'Samen een vastgelopen casus omdenken opent uitstroom uit 24-uurszorg.', themes: ['24-uurszorg'],
        evidenceLevel: 'goed-beschreven', knowledgeSources: ['praktijk'], origin: 'casus',
      },
      facts: { circleRegionId: 'JZ38' },
    }, zeelander)
    .learning({
      type: 'ReviseLearning',
      data: { learningId: omdenken, byRegionId: 'JZ38', title: 'Omdenken in de casusregie', evidenceLevel: 'goed-onderbouwd' },
    }, zeelander)
    .learning({ type: 'EndorseLearning', data: { learningId: omdenken, byRegionId: 'JZ36' } }, regioAmbassadeur('ra-brabant'))
    .learning({
      type: 'AdoptLearning',
      data: { learningId: omdenken, byRegionId: 'JZ36', adaptation: 'Met de wachtlijstcoördinator', adoptedOn: '2024-06-10' },
    }, regioAmbassadeur('ra-brabant'))
    .learning({
      type: 'PromoteLearning', data: { learningId: omdenken, promoterId: joost, reason: 'Werkt in elke regio' },
      facts: { promoterScope: 'national' },
    }, landelijkAmbassadeur(joost));
  closeCircle(story);
  return story
    .ambassador({ type: 'LogWeeklyWork', data: { ambassadorId: anouk, week: '2024-W10', ...weeklyWork }, facts: noClosedWeeks }, regioAmbassadeur(anouk))
    .reportingPeriod({ type: 'CloseReportingPeriod', data: { reportingPeriodId: '2024-Q1' } })
    .ambassador({
      type: 'CorrectWeeklyWork',
      data: { ambassadorId: anouk, week: '2024-W10', ...weeklyWork, hours: 8, whatChanged: 'Uren aangevuld' },
      facts: { circleRegions: {}, weekInClosedPeriod: true },
    }, regioAmbassadeur(anouk))
    // Endings last, so the sentences above still name things as they were first called.
    .learning({ type: 'RetractLearning', data: { learningId: omdenken, reason: 'Bleek een eenmalige casus' } }, zeelander)
    .ambassador({ type: 'DepartAmbassador', data: { ambassadorId: sanne, departedOn: '2024-06-01' } })
    .developer({ type: 'ReleaseDeveloperFromRegion', data: { developerId: kees, regionId: 'JZ36' } })
    .region({ type: 'RemoveMunicipality', data: { regionId: zeeland, municipality: 'Veere' } })
    .region({ type: 'RenameRegion', data: { regionId: zeeland, name: 'Zeeland (Walcheren)' } });
}

import { projectorTestBed } from '@leerkring/projections/testing';
import { walcheren } from '../circles/circle-story.fixtures';
import { appointedInVersion1 } from '../people/people-story.fixtures';
import { registerRegions, zeeland } from '../regions/region-story.fixtures';
import { activityProjector } from './activity.projector';
import { ACTIVITY_TABLES } from './activity-tables';
import { omdenken, personalNames, wholeProgramme } from './activity-story.fixtures';
import { DomainStory, uuid } from '../shared/domain-story.fixtures';
import { projectTwice, type ProjectorTestBed } from '../shared/projector-beds.fixtures';

interface Item {
  position: string;
  event_type: string;
  actor_id: string | null;
  actor_role: string | null;
  description: string;
  region_id: string | null;
  related_region_id: string | null;
  circle_id: string | null;
  learning_id: string | null;
}

describe('activity projector', () => {
  let bed: ProjectorTestBed;
  beforeAll(async () => { bed = await projectorTestBed(activityProjector); });
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  const feed = () => bed.query<Item>(
    'SELECT position, event_type, actor_id, actor_role, description, region_id, related_region_id, circle_id, learning_id FROM feed_items ORDER BY position');

  it('makes one item per event of every aggregate, in the order of the events', async () => {
    const events = wholeProgramme().take();
    const recorded = await bed.apply(events);
    const items = await feed();
    expect(items.map((i) => [i.position, i.event_type])).toEqual(recorded.map((e) => [e.position, e.type]));
    expect(new Set(items.map((i) => i.event_type))).toEqual(new Set(activityProjector.eventTypes));
  });

  it('says in Dutch what happened, without any personal name or free text', async () => {
    await bed.apply(wholeProgramme().take());
    const descriptions = (await feed()).map((i) => i.description);
    expect(descriptions).toEqual(expect.arrayContaining([
      'Jeugdregio ‘Zeeland’ (JZ38) geregistreerd',
      'Gemeente Vlissingen toegevoegd aan jeugdregio ‘Zeeland’',
      'Transformatieplan ‘Systeemaanpak wachttijden’ (1 januari 2020 tot 31 december 2022) toegevoegd',
      'Ondersteuningsperiode van jeugdregio ‘Zeeland’ eindigt op 31 december 2021',
      'Ontwikkelaar toegewezen aan jeugdregio ‘West-Brabant-West’',
      'Regio-ambassadeur in jeugdregio ‘Zeeland’ aangesteld per 1 maart 2019 (12,5 uur per week)',
      'Landelijk ambassadeur aangesteld per 2 januari 2019 (16 uur per week)',
      'Ontwikkelcirkel ‘Werkgemeenschap Walcheren’ gestart (thema’s: 24-uurszorg, Gezinshuizen)',
      'Deelnemer (jeugdhulp, Emergis) toegevoegd aan cirkel ‘Werkgemeenschap Walcheren’',
      'Bijeenkomst (plenair) vastgelegd in cirkel ‘Werkgemeenschap Walcheren’',
      'Actiegroep ‘Gezinshuizen Walcheren’ gevormd in cirkel ‘Werkgemeenschap Walcheren’',
      'Deelnemer uit cirkel ‘Werkgemeenschap Walcheren’ gegaan',
      'Les ‘Omdenken op casusniveau’ vastgelegd in cirkel ‘Werkgemeenschap Walcheren’',
      'Les ‘Omdenken op casusniveau’ herzien (titel, bewijsniveau)',
      'Les ‘Omdenken in de casusregie’ overgenomen door jeugdregio ‘West-Brabant-West’',
      'Les ‘Omdenken in de casusregie’ landelijk uitgelicht',
      'Cirkel ‘Werkgemeenschap Walcheren’ afgesloten',
      'Weekwerk 2024-W10 gelogd: 7,75 uur, 5 partners bereikt',
      'Rapportageperiode 1e kwartaal 2024 afgesloten',
      'Weekwerk 2024-W10 gecorrigeerd na afsluiting van het 1e kwartaal 2024',
      'Les ‘Omdenken in de casusregie’ ingetrokken',
      'Ambassadeur vertrokken per 1 juni 2024',
      'Ontwikkelaar niet langer actief in jeugdregio ‘West-Brabant-West’',
      'Gemeente Veere verwijderd uit jeugdregio ‘Zeeland’',
      'Jeugdregio ‘Zeeland’ heet nu ‘Zeeland (Walcheren)’',
    ]));
    const text = descriptions.join('\n');
    for (const name of [...personalNames, ...personalNames.map((n) => n.split(' ')[0] ?? n)]) {
      expect(text).not.toContain(name);
    }
    const freeTexts = ['achtergrond', '@', 'Casus uitstroom', 'Plan van aanpak', 'Andere baan', 'Werkt in elke regio', 'wachtlijstcoördinator', 'eenmalige'];
    for (const freeText of freeTexts) {
      expect(text).not.toContain(freeText);
    }
  });

  it('records who did it and where: region, other region, circle and learning', async () => {
    await bed.apply(wholeProgramme().take());
    const items = await feed();
    expect(items.find((i) => i.event_type === 'LearningAdopted')).toMatchObject({
      actor_id: 'ra-brabant', actor_role: 'regio-ambassadeur', region_id: zeeland, related_region_id: 'JZ36',
      circle_id: walcheren, learning_id: omdenken,
    });
    expect(items.find((i) => i.event_type === 'SessionRecorded')).toMatchObject({
      actor_role: 'ontwikkelaar', region_id: zeeland, circle_id: walcheren, learning_id: null, related_region_id: null,
    });
    expect(items.find((i) => i.event_type === 'ReportingPeriodClosed')).toMatchObject({
      actor_id: 'vng-1', actor_role: 'vng', region_id: null, circle_id: null,
    });
    expect(items.find((i) => i.event_type === 'DeveloperAppointed')).toMatchObject({ actor_role: 'beheerder', region_id: null });
  });

  it('uses names from earlier batches, and copes with events without metadata or known names', async () => {
    const story = registerRegions(new DomainStory());
    await bed.apply(story.take());
    await bed.apply(story.region({ type: 'AddMunicipality', data: { regionId: zeeland, municipality: 'Veere' } }).take());
    await bed.apply([{ ...appointedInVersion1(uuid(0x2fff)), metadata: {} }]);
    const items = await feed();
    expect(items.slice(-2)).toEqual([
      expect.objectContaining({ description: 'Gemeente Veere toegevoegd aan jeugdregio ‘Zeeland’', actor_id: 'beheerder-1' }),
      expect.objectContaining({
        description: 'Regio-ambassadeur in jeugdregio ‘Zeeland’ aangesteld per 15 januari 2019 (8 uur per week)',
        actor_id: null, actor_role: null, region_id: zeeland,
      }),
    ]);
  });

  it('is deterministic: the same events give the same rows, in one batch or cut into several', async () => {
    const { whole, cut } = await projectTwice(activityProjector, wholeProgramme().take(), ACTIVITY_TABLES, [5, 1, 8]);
    expect(cut).toEqual(whole);
    expect(whole['learning_titles']).toEqual([{ learning_id: omdenken, title: 'Omdenken in de casusregie' }]);
  });
});

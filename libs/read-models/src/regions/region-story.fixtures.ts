import type { DomainStory } from '../shared/domain-story.fixtures';
import { uuid } from '../shared/domain-story.fixtures';

/** Two jeugdregio's as the seeds describe them, built through the Region decider. */

export const zeeland = 'JZ38';
export const westBrabantWest = 'JZ36';
export const wachttijdenPlan = uuid(0x3001);
export const zeelandPlan = uuid(0x3002);
export const firstPeriod = uuid(0x3101);
export const secondPeriod = uuid(0x3102);
export const brabantPeriod = uuid(0x3103);

export function registerRegions(story: DomainStory): DomainStory {
  return story
    .region({ type: 'RegisterRegion', data: { regionId: zeeland, slug: 'zeeland', name: 'Zeeland', province: 'Zeeland' } })
    .region({
      type: 'RegisterRegion',
      data: { regionId: westBrabantWest, slug: 'west-brabant-west', name: 'West-Brabant-West', province: 'Noord-Brabant' },
    });
}

export function addMunicipalities(story: DomainStory): DomainStory {
  for (const municipality of ['Vlissingen', 'Middelburg', 'Veere']) {
    story.region({ type: 'AddMunicipality', data: { regionId: zeeland, municipality } });
  }
  for (const municipality of ['Roosendaal', 'Bergen op Zoom', 'Etten-Leur']) {
    story.region({ type: 'AddMunicipality', data: { regionId: westBrabantWest, municipality } });
  }
  return story;
}

export function addPlansAndPeriods(story: DomainStory): DomainStory {
  return story
    .region({
      type: 'AddTransformationPlan',
      data: {
        regionId: westBrabantWest, planId: wachttijdenPlan, title: 'Systeemaanpak wachttijden',
        themes: ['wachttijden', 'betere-toegang'], period: { from: '2020-01-01', to: '2022-12-31' },
      },
    })
    .region({
      type: 'AddTransformationPlan',
      data: {
        regionId: zeeland, planId: zeelandPlan, title: 'Werkgemeenschap Walcheren', themes: ['24-uurszorg'],
        period: { from: '2019-06-01', to: '2021-06-01' },
      },
    })
    .region({ type: 'StartSupportPeriod', data: { regionId: westBrabantWest, periodId: brabantPeriod, startsOn: '2019-03-01' } })
    .region({ type: 'StartSupportPeriod', data: { regionId: zeeland, periodId: firstPeriod, startsOn: '2019-01-01' } })
    .region({ type: 'EndSupportPeriod', data: { regionId: zeeland, endsOn: '2021-12-31' } })
    .region({ type: 'StartSupportPeriod', data: { regionId: zeeland, periodId: secondPeriod, startsOn: '2022-03-01' } });
}

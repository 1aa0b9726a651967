import { Ambassador, Developer, Region, type Theme } from '@leerkring/domain';
import { SEED_CIRCLES } from './demo-circles.content';
import { demoId } from './demo-command';
import { addDays, yearOf } from './demo-dates';
import { staffName } from './demo-people';
import {
  BEHEERDER, slugOf, type AmbassadorPlan, type DeveloperPlan, type ProgrammeContext, type RegionPlan,
} from './demo-programme-context';
import type { DemoRandom } from './demo-random';

/** The demo programme's first phases: the regions with their municipalities, plans and support, then the people. */

/** Regions with a few known municipalities besides the five of data/README.md. */
const EXTRA_MUNICIPALITIES: Readonly<Record<string, readonly string[]>> = {
  JZ01: ['Eemsdelta', 'Groningen', 'Het Hogeland', 'Midden-Groningen', 'Oldambt', 'Pekela', 'Stadskanaal', 'Veendam', 'Westerkwartier', 'Westerwolde'],
  JZ13: ['Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn'],
  JZ14: ['Almelo', 'Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hellendoorn', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden'],
  // Weesp was part of Gooi en Vechtstreek until it merged into Amsterdam: added, then removed.
  JZ16: ['Blaricum', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Weesp', 'Wijdemeren'],
  JZ22: ['Utrecht'],
};
const MOVED_AWAY: Readonly<Record<string, string>> = { JZ16: 'Weesp' };

/** The municipalities of the seed articles' regions (data/README.md). */
const KNOWN_MUNICIPALITIES: Readonly<Record<string, readonly string[]>> = {
  JZ36: ['Bergen op Zoom', 'Etten-Leur', 'Halderberge', 'Moerdijk', 'Roosendaal', 'Rucphen', 'Steenbergen', 'Woensdrecht', 'Zundert'],
  JZ08: ['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde'],
  JZ04: ['Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld'],
  JZ38: ['Borsele', 'Goes', 'Hulst', 'Kapelle', 'Middelburg', 'Noord-Beveland', 'Reimerswaal', 'Schouwen-Duiveland', 'Sluis', 'Terneuzen', 'Tholen', 'Veere', 'Vlissingen'],
  JZ24: ['Delft', 'Den Haag', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp', 'Rijswijk', 'Wassenaar', 'Westland', 'Zoetermeer'],
  ...EXTRA_MUNICIPALITIES,
};

const DEVELOPER_COUNT = 8;
const NATIONAL_AMBASSADOR_COUNT = 4;

const PLAN_THEMES: readonly Theme[] = [
  'betere-toegang', 'zo-thuis-mogelijk-opgroeien', 'kansen-om-te-ontwikkelen', 'kwetsbare-jongeren-zelfstandigheid',
  'jeugdigen-beter-beschermen', 'investeren-in-vakmanschap', 'wachttijden', '24-uurszorg', 'toegang-en-lokale-teams',
];

// ------------------------------------------------------------------------------------------ regions

export function planRegions(ctx: ProgrammeContext): void {
  const rng = ctx.rng.fork('regions');
  const pilots = new Set(rng.sample(ctx.options.regions.map((r) => r.code), 3));
  for (const row of ctx.options.regions) {
    const regionId = row.code;
    const stream = Region.streamName(regionId);
    const label = `region/${regionId}`;
    const municipalities = KNOWN_MUNICIPALITIES[regionId] ?? [];
    const region: RegionPlan = {
      row, regionId, name: row.name2025 ?? row.name, municipalities: municipalities.filter((m) => m !== MOVED_AWAY[regionId]),
      planIds: [], developers: [], ambassadors: [], circles: [],
    };
    ctx.regions.push(region);
    ctx.add('RegisterRegion', 'regions', stream, `${label}/register`, {
      regionId, slug: slugOf(row.name), name: row.name, province: row.province,
    }, BEHEERDER);
    ctx.counts.regions++;
    if (row.name2025 && row.name2025 !== row.name) {
      ctx.add('RenameRegion', 'regions', stream, `${label}/rename`, { regionId, name: row.name2025 }, BEHEERDER);
      ctx.counts.renamedRegions++;
    }
    for (const municipality of municipalities) {
      ctx.add('AddMunicipality', 'regions', stream, `${label}/municipality/${slugOf(municipality)}`, {
        regionId, municipality,
      }, BEHEERDER);
      ctx.counts.municipalities++;
    }
    const movedAway = MOVED_AWAY[regionId];
    if (movedAway) {
      ctx.add('RemoveMunicipality', 'regions', stream, `${label}/municipality/${slugOf(movedAway)}/remove`, {
        regionId, municipality: movedAway,
      }, BEHEERDER);
      ctx.counts.municipalitiesRemoved++;
    }
    const seed = SEED_CIRCLES.find((c) => c.regionId === regionId);
    const year = yearOf(ctx.today);
    const plans = [
      {
        title: `Transformatieplan jeugd ${region.name} ${year - 1}–${year + 2}`,
        themes: rng.sample(PLAN_THEMES, rng.int(2, 4)),
        period: { from: `${year - 1}-01-01`, to: `${year + 2}-12-31` },
      },
      ...(seed ? [{ title: seed.plan.title, themes: [...seed.plan.themes], period: { from: `${year - 1}-07-01`, to: `${year + 1}-12-31` } }] : []),
    ];
    plans.forEach((plan, index) => {
      const planLabel = `${label}/plan/${index + 1}`;
      const planId = demoId(planLabel);
      region.planIds.push(planId);
      ctx.add('AddTransformationPlan', 'regions', stream, planLabel, { regionId, planId, ...plan }, BEHEERDER);
      ctx.counts.transformationPlans++;
    });
    let period = 1;
    if (pilots.has(regionId)) {
      // A pilot period of the first OZJ year, ended before the regular three-year period.
      const startsOn = ctx.daysAgo(rng.int(740, 800));
      ctx.add('StartSupportPeriod', 'regions', stream, `${label}/support/${period}/start`, {
        regionId, periodId: demoId(`${label}/support/${period}`), startsOn,
      }, BEHEERDER);
      ctx.add('EndSupportPeriod', 'regions', stream, `${label}/support/${period}/end`, {
        regionId, endsOn: addDays(startsOn, rng.int(150, 200)),
      }, BEHEERDER);
      ctx.counts.supportPeriods++;
      ctx.counts.supportPeriodsEnded++;
      period++;
    }
    ctx.add('StartSupportPeriod', 'regions', stream, `${label}/support/${period}/start`, {
      regionId, periodId: demoId(`${label}/support/${period}`), startsOn: ctx.daysAgo(rng.int(480, 540)),
    }, BEHEERDER);
    ctx.counts.supportPeriods++;
  }
}

// ------------------------------------------------------------------------------------------- people

export function planPeople(ctx: ProgrammeContext): void {
  const rng = ctx.rng.fork('people');
  let personSerial = 0;
  for (let n = 1; n <= DEVELOPER_COUNT; n++) {
    const label = `developer/${n}`;
    ctx.developers.push({ developerId: demoId(label), label, regions: [] });
  }
  // Each region has one ontwikkelaar; a few share a second one (large regions, or a hand-over).
  ctx.regions.forEach((region, index) => {
    const first = ctx.developers[index % DEVELOPER_COUNT] as DeveloperPlan;
    first.regions.push(region.regionId);
    region.developers.push(first.developerId);
  });
  for (const region of rng.sample(ctx.regions, 6)) {
    const second = ctx.developers.find((d) => !d.regions.includes(region.regionId) && d.regions.length < 7) as DeveloperPlan;
    second.regions.push(region.regionId);
    region.developers.push(second.developerId);
  }
  const handedOver = rng.pick(ctx.regions.filter((r) => r.developers.length === 1));
  for (const developer of ctx.developers) {
    const stream = Developer.streamName(developer.developerId);
    ctx.add('AppointDeveloper', 'people', stream, `${developer.label}/appoint`, {
      developerId: developer.developerId, person: { name: staffName(personSerial++) },
      appointedOn: ctx.daysAgo(rng.int(540, 600)),
    }, BEHEERDER);
    ctx.counts.developers++;
    for (const regionId of developer.regions) {
      ctx.add('AssignDeveloperToRegion', 'people', stream, `${developer.label}/assign/${regionId}`, {
        developerId: developer.developerId, regionId,
      }, BEHEERDER);
      ctx.counts.developerAssignments++;
    }
  }
  // One ontwikkelaar helped out in a region for a while and handed it back.
  const helper = ctx.developers.find((d) => !d.regions.includes(handedOver.regionId)) as DeveloperPlan;
  const helperStream = Developer.streamName(helper.developerId);
  ctx.add('AssignDeveloperToRegion', 'people', helperStream, `${helper.label}/assign/${handedOver.regionId}`, {
    developerId: helper.developerId, regionId: handedOver.regionId,
  }, BEHEERDER);
  ctx.add('ReleaseDeveloperFromRegion', 'people', helperStream, `${helper.label}/release/${handedOver.regionId}`, {
    developerId: helper.developerId, regionId: handedOver.regionId,
  }, BEHEERDER);
  ctx.counts.developerAssignments++;
  ctx.counts.developerReleases++;

  const backgrounds = ['gemeente', 'jeugdhulp', 'client'] as const;
  for (let n = 1; n <= NATIONAL_AMBASSADOR_COUNT; n++) {
    const label = `ambassador/national/${n}`;
    const plan: AmbassadorPlan = {
      ambassadorId: demoId(label), label, regionId: '', hoursPerWeek: 16, appointedOn: ctx.daysAgo(rng.int(420, 460)),
    };
    ctx.nationals.push(plan);
    ctx.add('AppointAmbassador', 'people', Ambassador.streamName(plan.ambassadorId), `${label}/appoint`, {
      ambassadorId: plan.ambassadorId, person: { name: staffName(personSerial++) }, scope: 'national',
      background: (['gemeente', 'jeugdhulp', 'client', 'jeugdhulp'] as const)[n - 1] ?? 'jeugdhulp',
      hoursPerWeek: 16, appointedOn: plan.appointedOn,
    }, BEHEERDER);
    ctx.counts.nationalAmbassadors++;
  }

  const departing = rng.pick(ctx.regions.filter((r) => !SEED_CIRCLES.some((c) => c.regionId === r.regionId)));
  for (const region of ctx.regions) {
    const count = rng.chance(0.45) ? 2 : 1;
    const [firstBackground, secondBackground] = rng.shuffle(backgrounds);
    for (let n = 1; n <= count; n++) {
      // Most started before the year of logs; some joined during it (not the one who leaves).
      const early = rng.chance(0.8) || (region === departing && n === 1);
      const appointedOn = early ? ctx.daysAgo(rng.int(380, 440)) : ctx.daysAgo(rng.int(90, 250));
      appointRegional(ctx, region, n, n === 1 ? firstBackground! : secondBackground!, appointedOn, personSerial++, rng);
    }
    if (region === departing) {
      const leaving = region.ambassadors[0] as AmbassadorPlan;
      leaving.departedOn = ctx.daysAgo(rng.int(110, 150));
      const successorOn = addDays(leaving.departedOn, rng.int(14, 35));
      appointRegional(ctx, region, region.ambassadors.length + 1, rng.pick(backgrounds), successorOn, personSerial++, rng);
    }
  }
}

function appointRegional(
  ctx: ProgrammeContext, region: RegionPlan, n: number, background: string, appointedOn: string, personSerial: number,
  rng: DemoRandom,
): void {
  const label = `ambassador/${region.regionId}/${n}`;
  const hoursPerWeek = rng.pick([8, 8, 8, 8, 8, 4, 12, 16]);
  const plan: AmbassadorPlan = { ambassadorId: demoId(label), label, regionId: region.regionId, hoursPerWeek, appointedOn };
  region.ambassadors.push(plan);
  ctx.add('AppointAmbassador', 'people', Ambassador.streamName(plan.ambassadorId), `${label}/appoint`, {
    ambassadorId: plan.ambassadorId, person: { name: staffName(personSerial) }, scope: 'regional',
    regionId: region.regionId, background,
    // One day a week is the programme's default: left out, the domain fills it in.
    ...(hoursPerWeek === 8 ? {} : { hoursPerWeek }),
    appointedOn,
  }, BEHEERDER);
  ctx.counts.regionalAmbassadors++;
}

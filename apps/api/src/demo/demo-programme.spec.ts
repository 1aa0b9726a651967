import { SESSION_FORMATS, addWeeks, compareWeeks, dutchDate, isoWeekOfDate } from '@leerkring/domain';
import type { DemoCommand, DemoCommandKind } from './demo-command';
import { addDays } from './demo-dates';
import { SURNAMES } from './demo-people';
import { demoProgramme, slugOf, type DemoProgramme } from './demo-programme';
import { loadJeugdregios } from './jeugdregios';

/** A Wednesday; 2026 has 53 ISO weeks, so the year of logs crosses a W53. */
const REFERENCE = new Date('2027-02-17T09:30:00Z');

const regions = loadJeugdregios();
const full = demoProgramme({ referenceDate: REFERENCE, regions });
const today = dutchDate(REFERENCE);
const aYearAgo = addDays(today, -365);

function ofKind<Kind extends DemoCommandKind>(programme: DemoProgramme, kind: Kind): DemoCommand<Kind>[] {
  return programme.commands.filter((c): c is DemoCommand<Kind> => c.kind === kind);
}

const comparable = (programme: DemoProgramme) =>
  programme.commands.map(({ label, kind, phase, stream, data, context }) => ({ label, kind, phase, stream, data, context }));

describe('the CBS list of jeugdregio\'s copied into the repository', () => {
  it('holds the 42 regions, JZ01 to JZ43 without JZ40', () => {
    expect(regions).toHaveLength(42);
    expect(regions.map((r) => r.code)).not.toContain('JZ40');
    expect(regions.find((r) => r.code === 'JZ35')).toMatchObject({ name: 'Midden-Brabant', name2025: 'Midden-Brabant (Hart van Brabant)' });
  });
});

describe('the demo programme', () => {
  it('is deterministic: the same reference date gives the same commands', () => {
    const again = demoProgramme({ referenceDate: new Date(REFERENCE), regions });
    expect(comparable(again)).toEqual(comparable(full));
  });

  it('depends on the Dutch calendar day only, not on the time of day', () => {
    // 23:30 UTC on the 16th is already the 17th in Amsterdam.
    const lateEvening = demoProgramme({ referenceDate: new Date('2027-02-16T23:30:00Z'), regions });
    expect(comparable(lateEvening)).toEqual(comparable(full));
  });

  it('gives every command a unique label and a fixed idempotency key demo:<label>', () => {
    const labels = full.commands.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const command of full.commands) {
      expect(command.context.idempotencyKey).toBe(`demo:${command.label}`);
      expect(command.context.idempotencyKey.length).toBeLessThanOrEqual(200);
    }
  });

  it('registers all 42 regions with the municipalities known for the seed articles\' regions', () => {
    const registered = ofKind(full, 'RegisterRegion').map((c) => c.data);
    expect(registered.map((r) => r.regionId)).toEqual(regions.map((r) => r.code));
    for (const region of registered) expect(region.slug).toBe(slugOf(region.slug));
    const municipalitiesOf = (regionId: string) =>
      ofKind(full, 'AddMunicipality').filter((c) => c.data.regionId === regionId).map((c) => c.data.municipality);
    expect(municipalitiesOf('JZ36')).toHaveLength(9);
    expect(municipalitiesOf('JZ08')).toEqual(['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde']);
    expect(municipalitiesOf('JZ04')).toHaveLength(12);
    expect(municipalitiesOf('JZ38')).toEqual(expect.arrayContaining(['Middelburg', 'Veere', 'Vlissingen']));
    expect(municipalitiesOf('JZ24')).toHaveLength(9);
    expect(ofKind(full, 'RenameRegion').map((c) => c.data)).toEqual([{ regionId: 'JZ35', name: 'Midden-Brabant (Hart van Brabant)' }]);
    const regionIdsWithPlan = new Set(ofKind(full, 'AddTransformationPlan').map((c) => c.data.regionId));
    const regionIdsWithSupport = new Set(ofKind(full, 'StartSupportPeriod').map((c) => c.data.regionId));
    expect(regionIdsWithPlan.size).toBe(42);
    expect(regionIdsWithSupport.size).toBe(42);
  });

  it('appoints eight ontwikkelaars in several regions each, four landelijke and one or two regio-ambassadeurs per region', () => {
    const assignments = ofKind(full, 'AssignDeveloperToRegion').map((c) => c.data);
    const developers = new Set(ofKind(full, 'AppointDeveloper').map((c) => c.data.developerId));
    expect(developers.size).toBe(8);
    for (const developerId of developers) {
      expect(assignments.filter((a) => a.developerId === developerId).length).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(assignments.map((a) => a.regionId)).size).toBe(42);
    const appointments = ofKind(full, 'AppointAmbassador').map((c) => c.data);
    expect(appointments.filter((a) => a.scope === 'national')).toHaveLength(4);
    const regional = appointments.filter((a) => a.scope === 'regional');
    const departed = new Set(ofKind(full, 'DepartAmbassador').map((c) => c.data.ambassadorId));
    for (const region of regions) {
      const current = regional.filter((a) => a.regionId === region.code && !departed.has(a.ambassadorId));
      expect(current.length).toBeGreaterThanOrEqual(1);
      expect(current.length).toBeLessThanOrEqual(2);
    }
    expect(new Set(regional.map((a) => a.background))).toEqual(new Set(['gemeente', 'jeugdhulp', 'client']));
  });

  it('starts the seed articles\' circles in their regions and two to four circles in every region', () => {
    const started = ofKind(full, 'StartCircle').map((c) => c.data);
    const title = (regionId: string) => started.filter((c) => c.regionId === regionId).map((c) => c.title);
    expect(title('JZ38')).toContain('Werkgemeenschap Zorg voor Jeugd Walcheren');
    expect(title('JZ36')).toContain('Systeemaanpak wachttijden West-Brabant West');
    expect(title('JZ08')).toContain('Uitstroom 24-uurszorg: leren van casuïstiek');
    expect(title('JZ04')).toContain('Jeugdakkoord Midden-Drenthe: participatieaanpak');
    for (const region of regions) {
      expect(title(region.code).length).toBeGreaterThanOrEqual(2);
      expect(title(region.code).length).toBeLessThanOrEqual(4);
    }
    const actionGroups = ofKind(full, 'FormActionGroup').map((c) => c.data.name);
    expect(actionGroups).toEqual(expect.arrayContaining(['Initiatiefgroep plan van aanpak', 'Kerngroep Jeugdakkoord']));
  });

  it('records sessions in all five formats over the last year, never before the circle started', () => {
    const startedOn = new Map(ofKind(full, 'StartCircle').map((c) => [c.data.circleId, c.data.startedOn]));
    const sessions = ofKind(full, 'RecordSession').map((c) => c.data);
    expect(new Set(sessions.map((s) => s.format))).toEqual(new Set(SESSION_FORMATS));
    for (const session of sessions) {
      expect(session.date >= aYearAgo && session.date <= today).toBe(true);
      expect(session.date >= (startedOn.get(session.circleId) as string)).toBe(true);
    }
    expect(Math.max(...sessions.map((s) => s.attendeeCount))).toBeGreaterThanOrEqual(100);
  });

  it('lets lessons travel: adoptions by other regions within the last year, some adopted by many regions', () => {
    const own = new Map(ofKind(full, 'CaptureLearning').map((c) => [c.data.learningId, c]));
    const circleRegion = new Map(ofKind(full, 'StartCircle').map((c) => [c.data.circleId, c.data.regionId]));
    const adoptions = ofKind(full, 'AdoptLearning');
    const perLearning = new Map<string, Set<string>>();
    for (const { data, context } of adoptions) {
      const capture = own.get(data.learningId) as DemoCommand<'CaptureLearning'>;
      const adopter = data.byRegionId ?? context.principal.regionIds?.[0];
      expect(adopter).toBeDefined();
      expect(adopter).not.toBe(circleRegion.get(capture.data.circleId));
      expect(data.adoptedOn >= aYearAgo && data.adoptedOn <= today).toBe(true);
      perLearning.set(data.learningId, (perLearning.get(data.learningId) ?? new Set()).add(adopter as string));
    }
    const widest = Math.max(...[...perLearning.values()].map((s) => s.size));
    expect(widest).toBeGreaterThanOrEqual(15);
    expect([...perLearning.values()].filter((s) => s.size >= 8).length).toBeGreaterThanOrEqual(8);
    expect(new Set(ofKind(full, 'CaptureLearning').map((c) => c.data.evidenceLevel)).size).toBeGreaterThanOrEqual(4);
  });

  it('has promotions by landelijke ambassadeurs only and one retraction after which nothing happens', () => {
    const nationals = new Set(ofKind(full, 'AppointAmbassador').filter((c) => c.data.scope === 'national').map((c) => c.data.ambassadorId));
    const promotions = ofKind(full, 'PromoteLearning');
    expect(promotions.length).toBeGreaterThanOrEqual(3);
    for (const promotion of promotions) {
      expect(nationals.has(promotion.data.promoterId)).toBe(true);
      expect(promotion.context.principal.role).toBe('landelijk-ambassadeur');
    }
    const [retraction, ...more] = ofKind(full, 'RetractLearning');
    expect(retraction).toBeDefined();
    expect(more).toHaveLength(0);
    const laterInItsStream = full.commands.slice(full.commands.indexOf(retraction as DemoCommand) + 1)
      .filter((c) => c.stream === retraction?.stream);
    expect(laterInItsStream).toHaveLength(0);
  });

  it('logs a year of weeks with gaps, closes ended quarters after their logs and then corrects a few weeks late', () => {
    const currentWeek = isoWeekOfDate(today);
    const logs = ofKind(full, 'LogWeeklyWork');
    for (const { data } of logs) {
      expect(compareWeeks(data.week, currentWeek)).toBeLessThan(0);
      expect(compareWeeks(data.week, addWeeks(currentWeek, -52))).toBeGreaterThanOrEqual(0);
    }
    const perAmbassador = new Map<string, number>();
    for (const { data } of logs) perAmbassador.set(data.ambassadorId, (perAmbassador.get(data.ambassadorId) ?? 0) + 1);
    // Holidays, illness and a missed week now and then: nobody logs all 52 weeks.
    expect(Math.max(...perAmbassador.values())).toBeLessThan(52);
    expect(Math.max(...perAmbassador.values())).toBeGreaterThan(38);
    expect(logs.some((l) => l.data.week.endsWith('-W53'))).toBe(false);

    const closes = ofKind(full, 'CloseReportingPeriod');
    expect(closes.length).toBeGreaterThanOrEqual(3);
    const lastLog = Math.max(...logs.map((l) => full.commands.indexOf(l)));
    const firstClose = Math.min(...closes.map((c) => full.commands.indexOf(c)));
    expect(firstClose).toBeGreaterThan(lastLog);
    const late = full.commands.filter((c) => c.phase === 'late-corrections');
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(late.every((c) => c.kind === 'CorrectWeeklyWork')).toBe(true);
    expect(Math.min(...late.map((c) => full.commands.indexOf(c)))).toBeGreaterThan(Math.max(...closes.map((c) => full.commands.indexOf(c))));
  });

  it('keeps free text anonymous and names people only with fictional surnames', () => {
    const people = new Set<string>();
    const texts: string[] = [];
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (key === 'name' && SURNAMES.some((s) => value.endsWith(` ${s}`))) people.add(value);
        else texts.push(value);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    for (const command of full.commands) walk(command.data, '');
    const persons = [
      ...ofKind(full, 'AddParticipant').map((c) => c.data.person.name),
      ...ofKind(full, 'AppointAmbassador').map((c) => c.data.person.name),
      ...ofKind(full, 'AppointDeveloper').map((c) => c.data.person.name),
    ];
    expect([...people].sort()).toEqual([...persons].sort());
    // Every person of the demo has a name of their own: no two people to mix up.
    expect(new Set(persons).size).toBe(persons.length);
    const uuidOrDate = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-Q\d)$/;
    const freeText = texts.filter((t) => !uuidOrDate.test(t));
    expect(freeText.length).toBeGreaterThan(5000);
    const email = /[^\s@]+@[^\s@]+\.[^\s@]+/;
    const longNumber = /\d[\d\s-]{7,}\d/; // phone numbers, citizen service numbers
    const surname = new RegExp(`\\b(${SURNAMES.map((s) => s.split(' ').pop()).join('|')})\\b`);
    const identifying = freeText.filter((text) => email.test(text) || longNumber.test(text) || surname.test(text));
    expect(identifying).toEqual([]);
  });

  it('shrinks the volume with the scale but keeps regions, people and circles', () => {
    const small = demoProgramme({ referenceDate: REFERENCE, regions, scale: 0.1 });
    expect(small.counts).toMatchObject({
      regions: 42, developers: 8, nationalAmbassadors: 4, circles: full.counts.circles, learnings: full.counts.learnings,
    });
    expect(small.counts.participants).toBeLessThan(full.counts.participants / 2);
    expect(small.counts.weeklyLogs).toBeLessThan(full.counts.weeklyLogs / 4);
    expect(small.counts.events).toBeLessThan(full.counts.events / 3);
    expect(() => demoProgramme({ referenceDate: REFERENCE, regions, scale: 0 })).toThrow(RangeError);
  });

  it('counts what it contains', () => {
    const { counts } = full;
    expect(counts.events).toBe(full.commands.length);
    expect(counts.adoptions).toBe(ofKind(full, 'AdoptLearning').length);
    expect(counts.weeklyLogs).toBe(ofKind(full, 'LogWeeklyWork').length);
    expect(counts.participants).toBe(ofKind(full, 'AddParticipant').length);
    expect(full.streams).toEqual({
      region: 42, developer: 8, ambassador: counts.regionalAmbassadors + 4, circle: counts.circles,
      learning: counts.learnings, 'reporting-period': counts.closedPeriods,
    });
  });
});

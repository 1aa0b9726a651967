import { deciderSpec } from '../testing/decider-spec';
import type { AmbassadorCommand } from './commands';
import { decider } from './index';
import { appointed, loggedW14, logW14 } from './spec-fixtures';

const spec = deciderSpec(decider);
type WeeklyWork = typeof logW14.data;
const log = (data: Partial<WeeklyWork>): AmbassadorCommand => ({ ...logW14, data: { ...logW14.data, ...data } });
const correct = (data: Partial<WeeklyWork> & { whatChanged?: string }): AmbassadorCommand => ({
  type: 'CorrectWeeklyWork', data: { ...logW14.data, hours: 9, whatChanged: 'Uren aangepast', ...data }, facts: logW14.facts,
});
const activities = [{ kind: 'gesprek', text: 'Overleg' }, { kind: 'gesprek', text: 'Dossier BSN 123456782 doorgenomen' }];

/** The free texts of weekly work pass the privacy guard; a refusal yields no event. */
describe('Ambassador: free text in weekly work that identifies a client is refused', () => {
  it.each<[field: string, logged: boolean, command: AmbassadorCommand, rule: string]>([
    ['reflection', false, log({ reflection: 'Gesprek met moeder (06-12345678) liet zien hoe lang het wachten duurt.' }),
      'privacy-phone'],
    ['activities[1].text', false, log({ activities }), 'privacy-bsn'],
    ['reflection', true, correct({ reflection: 'Terugkoppeling gemaild naar ouders@example.nl' }), 'privacy-email'],
    ['whatChanged', true, correct({ whatChanged: 'Casus Sanne (03-05-2012) toegevoegd' }), 'privacy-birth-date'],
  ])('in %s', (field, logged, command, rule) => {
    const error = spec.given(logged ? [appointed, loggedW14] : [appointed]).when(command).thenRefused(rule, 'privacy');
    expect(error.field).toBe(field);
  });

  it("does not guard the ambassador's own e-mail address: it is the person record", () => {
    const events = decider.decide(decider.initialState(), {
      type: 'AppointAmbassador',
      data: { ...appointed.data, person: { name: 'Anouk Jansen', email: 'a.jansen@example.nl' } },
      facts: { regionExists: true },
    }, { now: new Date('2024-06-15T10:00:00Z') });
    expect(events).toEqual([appointed]);
  });
});

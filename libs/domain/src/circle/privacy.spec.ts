import { deciderSpec } from '../testing/decider-spec';
import {
  actionGroupId, addParticipant, annaId, bramId, circleId, circleStarted, now, participantAdded, sessionId, startCircle,
} from './circle.fixtures';
import type { CircleCommand } from './index';
import { decider } from './index';

const spec = deciderSpec(decider, { now });
const running = [circleStarted(), participantAdded()];
const session = (summary: string): CircleCommand => ({
  type: 'RecordSession',
  data: {
    circleId, sessionId, date: '2024-05-14', format: 'casusbespreking', attendeeCount: 8, sectorsPresent: ['jeugdhulp'], summary,
  },
});
const bram = (data: { organisation?: string; role?: string }) =>
  addParticipant({ participantId: bramId, person: { name: 'Bram Jansen' }, ...data });

/** Every free text of a circle passes the privacy guard; a refusal yields no event. */
describe('Circle: free text that identifies a client is refused', () => {
  it.each<[field: string, started: boolean, command: CircleCommand, rule: string]>([
    ['title', false, startCircle({ title: 'Cirkel rond Jan de Vries, geboren 12-03-2011' }), 'privacy-birth-date'],
    ['description', false, startCircle({ description: 'Aanmelden via coordinator@example.nl' }), 'privacy-email'],
    ['summary', true, session('Casus besproken; moeder is bereikbaar op 06-12345678.'), 'privacy-phone'],
    ['summary', true, session('Dossier met BSN 123456782 gebruikt.'), 'privacy-bsn'],
    ['organisation', true, bram({ organisation: 'Pleeggezin, tel. 06 1234 5678' }), 'privacy-phone'],
    ['role', true, bram({ role: 'voogd van Sanne (03-05-2012)' }), 'privacy-birth-date'],
    ['reason', true, {
      type: 'RemoveParticipant', data: { circleId, participantId: annaId, reason: 'Nieuw adres: anna.privé@gmail.com' },
    }, 'privacy-email'],
    ['name', true, {
      type: 'FormActionGroup',
      data: { circleId, actionGroupId, name: 'Actiegroep casus 201345006', theme: '24-uurszorg', memberIds: [annaId] },
    }, 'privacy-bsn'],
    ['outcome', true, {
      type: 'CloseCircle', data: { circleId, closedOn: '2024-06-01', outcome: 'Afgerond; vragen naar (070) 123 45 67' },
    }, 'privacy-phone'],
  ])('in %s', (field, started, command, rule) => {
    const error = spec.given(started ? running : []).when(command).thenRefused(rule, 'privacy');
    expect(error.field).toBe(field);
  });

  it("does not guard a participant's own name and e-mail address: they are the person record", () => {
    const events = decider.decide(
      running.reduce(decider.evolve, decider.initialState()),
      addParticipant({ participantId: bramId, person: { name: 'Bram Jansen', email: 'bram.jansen@example.nl' } }),
      { now },
    );
    expect(events).toEqual([expect.objectContaining({ type: 'ParticipantAdded' })]);
  });
});

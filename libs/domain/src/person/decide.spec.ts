import { deciderSpec } from '../testing/decider-spec';
import type { PersonEvent } from './events';
import { decider, FORGOTTEN_NAME, forgottenPerson, PERSONAL_DATA_FIELDS, streamName } from './index';

const spec = deciderSpec(decider, { now: new Date('2024-06-30T23:30:00Z') });
const personId = '5d0c2a7e-3b1f-4c8a-9e6d-2f4b8a1c7e90';
const forget = (personKnown: boolean, id = personId) =>
  ({ type: 'ForgetPerson' as const, data: { personId: id }, facts: { personKnown } });
const forgotten: PersonEvent = { type: 'PersonForgotten', data: { personId, forgottenOn: '2024-07-01' } };

describe('Person', () => {
  it('names its stream after the id, in lower case', () => {
    expect(streamName(personId.toUpperCase())).toBe(`person-${personId}`);
  });

  describe('ForgetPerson', () => {
    it('forgets a known person on the Dutch calendar day, with no personal data in the event', () => {
      spec.given([]).when(forget(true)).then([forgotten]);
    });

    it('changes nothing for a person already forgotten', () => {
      spec.given([forgotten]).when(forget(true)).then([]);
      spec.given([forgotten]).when(forget(false)).then([]);
    });

    it('refuses an id no personal data was ever stored for', () => {
      spec.given([]).when(forget(false)).thenRefused('person-not-found', 'not-found');
    });

    it('refuses an id that is not a UUID', () => {
      const error = spec.given([]).when(forget(true, 'anna')).thenRefused('uuid-format', 'invalid-input');
      expect(error.field).toBe('personId');
    });
  });

  it('lists where personal data sits, and what a forgotten person is called', () => {
    expect(PERSONAL_DATA_FIELDS).toEqual({
      AmbassadorAppointed: { field: 'person', subject: 'ambassadorId' },
      DeveloperAppointed: { field: 'person', subject: 'developerId' },
      ParticipantAdded: { field: 'person', subject: 'participantId' },
    });
    expect(forgottenPerson()).toEqual({ name: FORGOTTEN_NAME });
    expect(FORGOTTEN_NAME).toBe('verwijderd');
  });
});

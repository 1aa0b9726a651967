import { DataKey } from './data-key';
import { PersonalDataIntegrityError, newDataKey, type SealContext } from './personal-data-cipher';

const anna = { name: 'Anna de Vries', email: 'anna@example.nl' };
const context: SealContext = {
  subject: '5d0c2a7e-3b1f-4c8a-9e6d-2f4b8a1c7e90', eventId: 'f1c7a5f8-6a0e-5d7c-9b3e-1f2a3b4c5d6e',
  eventType: 'ParticipantAdded', field: 'person',
};

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64');
}

describe('a data key remembering what it opened', () => {
  const key = new DataKey('wrapped', newDataKey());
  const envelope = key.seal(anna, context);

  it('answers the same envelope again, each reader with its own copy', () => {
    const first = key.open(envelope, context) as { name: string };
    first.name = 'changed by one reader';
    expect(key.open(envelope, context)).toEqual(anna);
  });

  it.each(['iv', 'data', 'tag'] as const)('never answers an envelope whose %s was altered after it was opened', (part) => {
    expect(key.open(envelope, context)).toEqual(anna);
    const altered = { ...envelope, [part]: flipFirstByte(envelope[part]) };
    expect(() => key.open(altered, context)).toThrow(PersonalDataIntegrityError);
  });

  it('never answers the envelope for another event type or person than it was opened for', () => {
    expect(key.open(envelope, context)).toEqual(anna);
    expect(() => key.open(envelope, { ...context, eventType: 'AmbassadorAppointed' })).toThrow(PersonalDataIntegrityError);
    expect(() => key.open({ ...envelope, subject: 'someone-else' }, { ...context, subject: 'someone-else' }))
      .toThrow(PersonalDataIntegrityError);
  });
});

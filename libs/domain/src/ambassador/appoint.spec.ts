import { deciderSpec } from '../testing/decider-spec';
import type { AppointAmbassador } from './commands';
import { decider, streamName } from './index';
import { ambassadorId, appointed, nationalAppointed, nationalId } from './spec-fixtures';

const spec = deciderSpec(decider);

const appointRegional: AppointAmbassador = {
  type: 'AppointAmbassador',
  data: {
    ambassadorId, person: { name: 'Anouk Jansen', email: 'a.jansen@example.nl' }, scope: 'regional', regionId: 'JZ36',
    background: 'gemeente', appointedOn: '2024-01-10',
  },
  facts: { regionExists: true },
};
const appointNational: AppointAmbassador = {
  type: 'AppointAmbassador',
  data: {
    ambassadorId: nationalId, person: { name: 'Kees Bakker' }, scope: 'national',
    background: 'jeugdhulp', hoursPerWeek: 16, appointedOn: '2024-01-10',
  },
};
const withData = (data: Partial<AppointAmbassador['data']>, command = appointRegional): AppointAmbassador =>
  ({ ...command, data: { ...command.data, ...data } });

describe('Ambassador: AppointAmbassador', () => {
  it('names its stream after the id', () => {
    expect(streamName(ambassadorId)).toBe(`ambassador-${ambassadorId}`);
  });

  it('appoints a regional ambassador with the default 8 hours a week', () => {
    spec.given([]).when(appointRegional).then([appointed]);
  });

  it('appoints a national ambassador without a region and without facts', () => {
    spec.given([]).when(appointNational).then([nationalAppointed]);
    spec.given([]).when(withData({ regionId: null }, appointNational)).then([nationalAppointed]);
  });

  it('appoints once', () => {
    spec.given([appointed]).when(appointRegional).thenRefused('ambassador-already-appointed', 'rule');
  });

  it('requires a region for a regional ambassador', () => {
    const error = spec.given([]).when(withData({ regionId: undefined })).thenRefused('region-required', 'invalid-input');
    expect(error.field).toBe('regionId');
  });

  it('refuses a region for a national ambassador', () => {
    const error = spec.given([]).when(withData({ regionId: 'JZ36' }, appointNational))
      .thenRefused('region-not-allowed-for-national', 'invalid-input');
    expect(error.field).toBe('regionId');
  });

  it('refuses a region that is not registered, also when the fact is missing', () => {
    spec.given([]).when({ ...appointRegional, facts: { regionExists: false } }).thenRefused('region-unknown', 'rule');
    const { facts: _facts, ...withoutFacts } = appointRegional;
    spec.given([]).when(withoutFacts).thenRefused('region-unknown', 'rule');
  });

  it('refuses a malformed region id', () => {
    spec.given([]).when(withData({ regionId: 'Zeeland' })).thenRefused('region-id-format', 'invalid-input');
  });

  it.each([0, 0.5, 40.25, 41, Number.NaN])('refuses %p hours a week', (hoursPerWeek) => {
    const error = spec.given([]).when(withData({ hoursPerWeek })).thenRefused('hours-per-week-out-of-range', 'invalid-input');
    expect(error.field).toBe('hoursPerWeek');
  });

  it('takes hours a week in quarter hours', () => {
    spec.given([]).when(withData({ hoursPerWeek: 8.1 })).thenRefused('hours-not-in-quarter-hours', 'invalid-input');
    spec.given([]).when(withData({ hoursPerWeek: 40 })).then([
      { ...appointed, data: { ...appointed.data, hoursPerWeek: 40 } },
    ]);
  });

  it('checks scope, background, person, id and date', () => {
    spec.given([]).when(withData({ scope: 'provinciaal' })).thenRefused('value-not-allowed', 'invalid-input');
    const background = spec.given([]).when(withData({ background: 'onderwijs' }))
      .thenRefused('value-not-allowed', 'invalid-input');
    expect(background.field).toBe('background');
    const email = spec.given([]).when(withData({ person: { name: 'Anouk', email: 'anouk' } }))
      .thenRefused('email-format', 'invalid-input');
    expect(email.field).toBe('person.email');
    spec.given([]).when(withData({ ambassadorId: '42' })).thenRefused('uuid-format', 'invalid-input');
    spec.given([]).when(withData({ appointedOn: '2024-13-01' })).thenRefused('date-invalid', 'invalid-input');
  });
});

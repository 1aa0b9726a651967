import { deciderSpec } from '../testing/decider-spec';
import type { DepartAmbassador } from './commands';
import type { WeeklyWorkLogged } from './events';
import { decider } from './index';
import { ambassadorId, appointed, departed, loggedW14, nationalAppointed, nationalId } from './spec-fixtures';

// The default clock of deciderSpec is Saturday 2024-06-15.
const spec = deciderSpec(decider);
const depart = (departedOn: string, id = ambassadorId): DepartAmbassador =>
  ({ type: 'DepartAmbassador', data: { ambassadorId: id, departedOn } });

describe('Ambassador: DepartAmbassador', () => {
  it('records a departure with the region', () => {
    spec.given([appointed, loggedW14]).when(depart('2024-06-01')).then([departed]);
  });

  it('records a national ambassador departing', () => {
    spec.given([nationalAppointed]).when(depart('2024-06-15', nationalId)).then([
      { type: 'AmbassadorDeparted', data: { ambassadorId: nationalId, regionId: null, departedOn: '2024-06-15' } },
    ]);
  });

  it('refuses an ambassador that is not appointed', () => {
    spec.given([]).when(depart('2024-06-01')).thenRefused('ambassador-not-found', 'not-found');
  });

  it('departs once', () => {
    spec.given([appointed, departed]).when(depart('2024-06-10')).thenRefused('ambassador-departed', 'rule');
  });

  it('departs not before the appointment', () => {
    const error = spec.given([appointed]).when(depart('2024-01-09'))
      .thenRefused('departure-before-appointment', 'rule');
    expect(error.field).toBe('departedOn');
  });

  it('records only a departure that happened', () => {
    spec.given([appointed]).when(depart('2024-06-16')).thenRefused('departure-in-future', 'rule');
  });

  it('departs not before a week that has work logged', () => {
    const loggedW22: WeeklyWorkLogged = { ...loggedW14, data: { ...loggedW14.data, week: '2024-W22' } };
    // 2024-05-26 is the Sunday of W21; 2024-05-27 is the Monday of W22.
    spec.given([appointed, loggedW22]).when(depart('2024-05-26')).thenRefused('departure-before-logged-week', 'rule');
    spec.given([appointed, loggedW22]).when(depart('2024-05-27')).then([
      { type: 'AmbassadorDeparted', data: { ambassadorId, regionId: 'JZ36', departedOn: '2024-05-27' } },
    ]);
  });

  it('checks the date', () => {
    spec.given([appointed]).when(depart('1 juni')).thenRefused('date-format', 'invalid-input');
  });
});

import { fold } from '../shared/decider';
import { currentVersion, upcast } from '../shared/upcasting';
import type { AmbassadorEvent } from './events';
import { decider, eventSchema } from './index';
import { appointed } from './spec-fixtures';

describe('Ambassador: event versions', () => {
  const { hoursPerWeek: _hours, ...v1 } = appointed.data;

  it('is at version 2 for AmbassadorAppointed and 1 for the other events', () => {
    expect(currentVersion(eventSchema, 'AmbassadorAppointed')).toBe(2);
    expect(currentVersion(eventSchema, 'WeeklyWorkLogged')).toBe(1);
  });

  it('upcasts a version 1 appointment with the default 8 hours a week', () => {
    expect(upcast(eventSchema, 'AmbassadorAppointed', 1, v1)).toEqual(appointed);
  });

  it('leaves a current appointment as it is', () => {
    const current = { ...appointed.data, hoursPerWeek: 16 };
    expect(upcast(eventSchema, 'AmbassadorAppointed', 2, current)).toEqual({ type: 'AmbassadorAppointed', data: current });
  });

  it('folds an upcast version 1 stream into a working state', () => {
    const state = fold(decider, [upcast(eventSchema, 'AmbassadorAppointed', 1, v1) as AmbassadorEvent]);
    expect(state).toMatchObject({ status: 'active', hoursPerWeek: 8, appointedWeek: '2024-W02' });
  });
});

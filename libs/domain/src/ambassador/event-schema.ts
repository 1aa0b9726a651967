import type { EventSchema, Upcaster } from '../shared/upcasting';
import { DEFAULT_HOURS_PER_WEEK } from './weekly-work';

/**
 * `AmbassadorAppointed` v1 had no `hoursPerWeek`: every ambassador then worked the programme's
 * one day a week, so v2 fills in that default. Stored v1 events are never rewritten.
 */
const appointedWithHoursPerWeek: Upcaster = {
  type: 'AmbassadorAppointed',
  from: 1,
  upcast: (data) => {
    const v1 = data as Record<string, unknown>;
    return { ...v1, hoursPerWeek: v1['hoursPerWeek'] ?? DEFAULT_HOURS_PER_WEEK };
  },
};

export const eventSchema: EventSchema = {
  versions: { AmbassadorAppointed: 2 },
  upcasters: [appointedWithHoursPerWeek],
};

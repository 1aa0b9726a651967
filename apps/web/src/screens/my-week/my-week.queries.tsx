import type { ActivityKind, Sector } from '../../vocabulary';

export interface MyAmbassador {
  readonly id: string;
  readonly hoursPerWeek: number;
  readonly appointedOn: string;
  readonly departedOn: string | null;
  readonly regionId: string | null;
  readonly region: { readonly id: string; readonly name: string; readonly circles: readonly RegionCircle[] } | null;
}

export interface RegionCircle {
  readonly id: string;
  readonly title: string;
  readonly status: 'OPEN' | 'CLOSED';
}

export const ME_AS_AMBASSADOR = `
  query MyWeekAmbassador {
    me {
      actorId
      ambassador {
        id hoursPerWeek appointedOn departedOn regionId
        region { id name circles { id title status } }
      }
    }
  }`;

export interface WeeklyLog {
  readonly week: string;
  readonly hours: number;
  readonly circleIds: readonly string[];
  readonly activities: readonly { readonly kind: ActivityKind; readonly text: string }[];
  readonly partnersReached: number;
  readonly sectorsReached: readonly Sector[];
  readonly reflection: string;
  readonly corrected: boolean;
  readonly correctionCount: number;
  readonly late: boolean;
  readonly lastWhatChanged: string | null;
}

export const WEEKLY_LOGS = `
  query MyWeeks($ambassadorId: ID!, $fromWeek: String!, $toWeek: String!, $atLeast: String) {
    weeklyLogs(ambassadorId: $ambassadorId, fromWeek: $fromWeek, toWeek: $toWeek, atLeast: $atLeast) {
      week hours circleIds activities { kind text } partnersReached sectorsReached reflection
      corrected correctionCount late lastWhatChanged
    }
  }`;

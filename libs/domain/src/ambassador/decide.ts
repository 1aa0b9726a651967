import type { DecisionContext } from '../shared/decider';
import { assertNever } from '../shared/decider';
import { invalidInput, notFound, ruleBroken } from '../shared/domain-error';
import { compareWeeks, isoWeekOfDate } from '../shared/iso-week';
import { dutchDate, requireDate, requireOneOf, requireText, requireUuid } from '../shared/validation';
import { AMBASSADOR_BACKGROUNDS, AMBASSADOR_SCOPES } from '../shared/vocabulary';
import { requirePerson } from '../developer/person';
import { requireRegionId } from '../region/region-id';
import { quarterOfWeek } from '../reporting-period/quarter';
import type {
  AmbassadorCommand, AppointAmbassador, CorrectWeeklyWork, DepartAmbassador, LogWeeklyWork,
} from './commands';
import type { AmbassadorEvent } from './events';
import { AmbassadorRule } from './rules';
import type { ActiveAmbassador, AmbassadorState } from './state';
import { DEFAULT_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK, sameWork } from './weekly-work';
import {
  checkCircles, checkWeekIsLoggable, requireQuarterHours, requireWeeklyWork, weekIsClosed,
} from './weekly-work-input';

export function decide(state: AmbassadorState, command: AmbassadorCommand, context: DecisionContext): AmbassadorEvent[] {
  if (command.type === 'AppointAmbassador') return appoint(state, command);
  if (state.status === 'unappointed') {
    throw notFound(AmbassadorRule.notFound, 'Deze ambassadeur is niet aangesteld');
  }
  // Departure ends the ambassador's part: no logging, correcting or second departure after it.
  if (state.status === 'departed') {
    throw ruleBroken(AmbassadorRule.departed, `Deze ambassadeur is op ${state.departedOn} vertrokken`);
  }
  switch (command.type) {
    case 'LogWeeklyWork':
      return logWeeklyWork(state, command, context);
    case 'CorrectWeeklyWork':
      return correctWeeklyWork(state, command);
    case 'DepartAmbassador':
      return depart(state, command, context);
    default:
      return assertNever(command);
  }
}

function appoint(state: AmbassadorState, { data, facts }: AppointAmbassador): AmbassadorEvent[] {
  if (state.status !== 'unappointed') {
    throw ruleBroken(AmbassadorRule.alreadyAppointed, 'Deze ambassadeur is al aangesteld');
  }
  const ambassadorId = requireUuid('ambassadorId', data.ambassadorId);
  const person = requirePerson('person', data.person);
  const scope = requireOneOf('scope', data.scope, AMBASSADOR_SCOPES);
  const background = requireOneOf('background', data.background, AMBASSADOR_BACKGROUNDS);
  const hoursPerWeek = requireQuarterHours('hoursPerWeek', data.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK, {
    min: 1, max: MAX_HOURS_PER_WEEK, rule: AmbassadorRule.hoursPerWeekOutOfRange,
  });
  const appointedOn = requireDate('appointedOn', data.appointedOn);
  const hasRegion = data.regionId !== undefined && data.regionId !== null && data.regionId !== '';
  let regionId: string | null = null;
  if (scope === 'regional') {
    if (!hasRegion) {
      throw invalidInput('regionId', AmbassadorRule.regionRequired, 'Een regio-ambassadeur hoort bij een jeugdregio');
    }
    regionId = requireRegionId('regionId', data.regionId ?? '');
    if (facts?.regionExists !== true) {
      throw ruleBroken(AmbassadorRule.regionUnknown, `Jeugdregio ${regionId} is niet geregistreerd`, 'regionId');
    }
  } else if (hasRegion) {
    throw invalidInput(
      'regionId',
      AmbassadorRule.regionNotAllowedForNational,
      'Een landelijk ambassadeur hoort niet bij één jeugdregio',
    );
  }
  return [{
    type: 'AmbassadorAppointed',
    data: { ambassadorId, person, scope, regionId, background, hoursPerWeek, appointedOn },
  }];
}

function logWeeklyWork(state: ActiveAmbassador, { data, facts }: LogWeeklyWork, context: DecisionContext): AmbassadorEvent[] {
  const { week, work } = requireWeeklyWork(data);
  checkWeekIsLoggable(state, week, context);
  if (state.logs[week]) {
    throw ruleBroken(
      AmbassadorRule.weekAlreadyLogged,
      `Week ${week} is al vastgelegd; gebruik een correctie om die te wijzigen`,
      'week',
    );
  }
  if (weekIsClosed(facts)) {
    throw ruleBroken(
      AmbassadorRule.reportingPeriodClosed,
      `De rapportageperiode ${quarterOfWeek(week)} is afgesloten; week ${week} kan niet meer worden vastgelegd`,
      'week',
    );
  }
  checkCircles(state, data.circleIds, facts);
  return [{
    type: 'WeeklyWorkLogged',
    data: { ambassadorId: state.ambassadorId, regionId: state.regionId, week, reportingPeriodId: quarterOfWeek(week), ...work },
  }];
}

function correctWeeklyWork(state: ActiveAmbassador, { data, facts }: CorrectWeeklyWork): AmbassadorEvent[] {
  const { week, work } = requireWeeklyWork(data);
  const whatChanged = requireText('whatChanged', data.whatChanged, { max: 500 });
  const current = state.logs[week];
  if (!current) {
    throw ruleBroken(AmbassadorRule.weekNotLogged, `Week ${week} is nog niet vastgelegd; leg die eerst vast`, 'week');
  }
  checkCircles(state, data.circleIds, facts);
  if (sameWork(current, work)) {
    throw ruleBroken(AmbassadorRule.correctionChangesNothing, `De correctie verandert niets aan week ${week}`);
  }
  return [{
    type: 'WeeklyWorkCorrected',
    data: {
      ambassadorId: state.ambassadorId, regionId: state.regionId, week, reportingPeriodId: quarterOfWeek(week),
      ...work, whatChanged, late: weekIsClosed(facts),
    },
  }];
}

function depart(state: ActiveAmbassador, { data }: DepartAmbassador, { now }: DecisionContext): AmbassadorEvent[] {
  const departedOn = requireDate('departedOn', data.departedOn);
  if (departedOn < state.appointedOn) {
    throw ruleBroken(
      AmbassadorRule.departureBeforeAppointment,
      `Vertrek kan niet voor de aanstelling (${state.appointedOn}) liggen`,
      'departedOn',
    );
  }
  // A departure is recorded once it happened: it ends logging at once, so a date ahead would
  // cut off weeks the ambassador still works.
  if (departedOn > dutchDate(now)) {
    throw ruleBroken(AmbassadorRule.departureInFuture, 'Een vertrek wordt vastgelegd als het heeft plaatsgevonden', 'departedOn');
  }
  const departedWeek = isoWeekOfDate(departedOn);
  const laterWeek = Object.keys(state.logs).find((week) => compareWeeks(week, departedWeek) > 0);
  if (laterWeek) {
    throw ruleBroken(
      AmbassadorRule.departureBeforeLoggedWeek,
      `Er is al werk vastgelegd in week ${laterWeek}, na het vertrek`,
      'departedOn',
    );
  }
  return [{ type: 'AmbassadorDeparted', data: { ambassadorId: state.ambassadorId, regionId: state.regionId, departedOn } }];
}

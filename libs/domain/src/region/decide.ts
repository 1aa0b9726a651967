import { assertNever } from '../shared/decider';
import { invalidInput, notFound, ruleBroken } from '../shared/domain-error';
import { requireAllOf, requireDate, requireText, requireUuid } from '../shared/validation';
import { THEMES } from '../shared/vocabulary';
import type {
  AddMunicipality, AddTransformationPlan, EndSupportPeriod, RegionCommand, RegisterRegion,
  RemoveMunicipality, RenameRegion, StartSupportPeriod,
} from './commands';
import type { RegionEvent } from './events';
import { requireRegionId } from './region-id';
import { RegionRule } from './rules';
import type { RegionState, RegisteredRegion } from './state';
import { municipalityKey, openSupportPeriod } from './state';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function decide(state: RegionState, command: RegionCommand): RegionEvent[] {
  if (command.type === 'RegisterRegion') return registerRegion(state, command);
  if (state.status === 'unregistered') {
    throw notFound(RegionRule.notFound, `Jeugdregio ${command.data.regionId} is niet geregistreerd`);
  }
  switch (command.type) {
    case 'RenameRegion':
      return renameRegion(state, command);
    case 'AddMunicipality':
      return addMunicipality(state, command);
    case 'RemoveMunicipality':
      return removeMunicipality(state, command);
    case 'AddTransformationPlan':
      return addTransformationPlan(state, command);
    case 'StartSupportPeriod':
      return startSupportPeriod(state, command);
    case 'EndSupportPeriod':
      return endSupportPeriod(state, command);
    default:
      return assertNever(command);
  }
}

function requireName(value: string): string {
  return requireText('name', value, { max: 120 });
}

function registerRegion(state: RegionState, { data }: RegisterRegion): RegionEvent[] {
  if (state.status !== 'unregistered') {
    throw ruleBroken(RegionRule.alreadyRegistered, `Jeugdregio ${state.regionId} is al geregistreerd`);
  }
  const regionId = requireRegionId('regionId', data.regionId);
  const slug = requireText('slug', data.slug, { max: 80 });
  if (!SLUG.test(slug)) {
    throw invalidInput('slug', RegionRule.slugFormat, 'slug mag alleen kleine letters, cijfers en losse streepjes bevatten');
  }
  const name = requireName(data.name);
  const province = requireText('province', data.province, { max: 60 });
  return [{ type: 'RegionRegistered', data: { regionId, slug, name, province } }];
}

function renameRegion(state: RegisteredRegion, { data }: RenameRegion): RegionEvent[] {
  const name = requireName(data.name);
  if (name === state.name) {
    throw ruleBroken(RegionRule.nameUnchanged, `Jeugdregio heet al ${name}`, 'name');
  }
  return [{ type: 'RegionRenamed', data: { regionId: state.regionId, name, previousName: state.name } }];
}

function addMunicipality(state: RegisteredRegion, { data }: AddMunicipality): RegionEvent[] {
  const municipality = requireText('municipality', data.municipality, { max: 80 }).replace(/\s+/g, ' ');
  const key = municipalityKey(municipality);
  if (state.municipalities.some((m) => municipalityKey(m) === key)) {
    throw ruleBroken(
      RegionRule.municipalityAlreadyInRegion,
      `Gemeente ${municipality} hoort al bij ${state.name}`,
      'municipality',
    );
  }
  return [{ type: 'MunicipalityAdded', data: { regionId: state.regionId, municipality } }];
}

function removeMunicipality(state: RegisteredRegion, { data }: RemoveMunicipality): RegionEvent[] {
  const requested = requireText('municipality', data.municipality, { max: 80 });
  const key = municipalityKey(requested);
  const municipality = state.municipalities.find((m) => municipalityKey(m) === key);
  if (municipality === undefined) {
    throw ruleBroken(
      RegionRule.municipalityNotInRegion,
      `Gemeente ${requested} hoort niet bij ${state.name}`,
      'municipality',
    );
  }
  return [{ type: 'MunicipalityRemoved', data: { regionId: state.regionId, municipality } }];
}

function addTransformationPlan(state: RegisteredRegion, { data }: AddTransformationPlan): RegionEvent[] {
  const planId = requireUuid('planId', data.planId);
  const title = requireText('title', data.title, { max: 200 });
  const themes = requireAllOf('themes', data.themes, THEMES, { min: 1 });
  const from = requireDate('period.from', data.period?.from);
  const to = requireDate('period.to', data.period?.to);
  if (to <= from) {
    throw invalidInput('period.to', RegionRule.periodEndBeforeStart, 'Het einde van de planperiode moet na het begin liggen');
  }
  if (state.planIds.includes(planId)) {
    throw ruleBroken(RegionRule.planAlreadyAdded, 'Dit transformatieplan is al toegevoegd', 'planId');
  }
  return [{
    type: 'TransformationPlanAdded',
    data: { regionId: state.regionId, planId, title, themes, period: { from, to } },
  }];
}

function startSupportPeriod(state: RegisteredRegion, { data }: StartSupportPeriod): RegionEvent[] {
  const periodId = requireUuid('periodId', data.periodId);
  const startsOn = requireDate('startsOn', data.startsOn);
  if (openSupportPeriod(state)) {
    throw ruleBroken(
      RegionRule.supportPeriodAlreadyOpen,
      'Er loopt al een ondersteuningsperiode; beëindig die eerst',
    );
  }
  if (state.supportPeriods.some((p) => p.periodId === periodId)) {
    throw ruleBroken(RegionRule.supportPeriodIdTaken, 'Deze ondersteuningsperiode bestaat al', 'periodId');
  }
  const last = state.supportPeriods[state.supportPeriods.length - 1];
  // Periods never overlap: a new one starts after the day the previous one ended.
  if (last?.endsOn && startsOn <= last.endsOn) {
    throw ruleBroken(
      RegionRule.supportPeriodOverlaps,
      `Een nieuwe ondersteuningsperiode moet na ${last.endsOn} beginnen`,
      'startsOn',
    );
  }
  return [{ type: 'SupportPeriodStarted', data: { regionId: state.regionId, periodId, startsOn } }];
}

function endSupportPeriod(state: RegisteredRegion, { data }: EndSupportPeriod): RegionEvent[] {
  const endsOn = requireDate('endsOn', data.endsOn);
  const open = openSupportPeriod(state);
  if (!open) {
    throw ruleBroken(RegionRule.noOpenSupportPeriod, 'Er loopt geen ondersteuningsperiode om te beëindigen');
  }
  if (endsOn <= open.startsOn) {
    throw ruleBroken(
      RegionRule.supportPeriodEndsBeforeStart,
      `De ondersteuningsperiode moet na ${open.startsOn} eindigen`,
      'endsOn',
    );
  }
  return [{ type: 'SupportPeriodEnded', data: { regionId: state.regionId, periodId: open.periodId, endsOn } }];
}

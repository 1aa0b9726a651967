import { Circle, Learning } from '@leerkring/domain';
import type { Role } from '../command-side/command-context';

/**
 * Who may do what (DESIGN.md 5), one declarative entry per GraphQL operation, read by the policy
 * guard (roles) and by the command side (region scope). Nothing else in the API decides access.
 *
 * `scope` binds the roles with a region claim (regio-ambassadeur: one region; ontwikkelaar: the
 * assigned regions) to what the operation touches; national roles (landelijk-ambassadeur, vng,
 * beheerder) are not region-bound.
 */
export type RegionScope =
  /** The region named by a field of the input (a circle is started in `regionId`). */
  | { readonly kind: 'input-region'; readonly field: string }
  /** The region of the addressed aggregate as its events say (a circle's, a learning's). */
  | { readonly kind: 'aggregate-region'; readonly regionOf: (state: never) => string | undefined }
  /** The region of the circle named by the input (a learning is captured in `circleId`'s region). */
  | { readonly kind: 'circle-region'; readonly field: string }
  /** The actor must be the person the input names (an ambassador's own weekly work). */
  | { readonly kind: 'self'; readonly field: string }
  /**
   * The command acts for a region of the actor's claim (`byRegionId`, acting-region.ts): it may touch
   * another region's learning only to record what the actor's own region did with it.
   */
  | { readonly kind: 'acting-region' };

export interface OperationPolicy {
  readonly roles: readonly Role[];
  readonly scope?: RegionScope;
  /** Why, in words a reviewer checks against DESIGN.md 5. */
  readonly because: string;
}

const circleRegion: RegionScope = { kind: 'aggregate-region', regionOf: Circle.regionOf as (state: never) => string | undefined };
const learningRegion: RegionScope = { kind: 'aggregate-region', regionOf: Learning.regionOf as (state: never) => string | undefined };
const ambassadorSelf: RegionScope = { kind: 'self', field: 'ambassadorId' };

/** Every mutation of DESIGN.md 6. A mutation missing here is refused to everyone (fail closed; a test checks the schema). */
export const MUTATION_POLICIES = {
  registerRegion: { roles: ['beheerder'], because: 'beheerder registers regions' },
  renameRegion: { roles: ['beheerder'], because: 'beheerder registers regions' },
  addMunicipality: { roles: ['beheerder'], because: 'beheerder registers municipalities' },
  removeMunicipality: { roles: ['beheerder'], because: 'beheerder registers municipalities' },
  addTransformationPlan: { roles: ['beheerder'], because: 'a region\'s plans are registered with the region' },
  startSupportPeriod: { roles: ['beheerder'], because: 'support periods are registered with the region' },
  endSupportPeriod: { roles: ['beheerder'], because: 'support periods are registered with the region' },
  appointAmbassador: { roles: ['beheerder'], because: 'beheerder appoints ambassadors' },
  departAmbassador: { roles: ['beheerder'], because: 'beheerder appoints ambassadors' },
  appointDeveloper: { roles: ['beheerder'], because: 'beheerder appoints developers' },
  assignDeveloperToRegion: { roles: ['beheerder'], because: 'beheerder appoints developers' },
  releaseDeveloperFromRegion: { roles: ['beheerder'], because: 'beheerder appoints developers' },
  logWeeklyWork: { roles: ['regio-ambassadeur'], scope: ambassadorSelf, because: 'an ambassador logs own weekly work; nobody logs for others' },
  correctWeeklyWork: { roles: ['regio-ambassadeur'], scope: ambassadorSelf, because: 'an ambassador corrects own weekly work' },
  startCircle: { roles: ['ontwikkelaar'], scope: { kind: 'input-region', field: 'regionId' }, because: 'an ontwikkelaar starts circles in assigned regions' },
  addParticipant: { roles: ['ontwikkelaar', 'regio-ambassadeur'], scope: circleRegion, because: 'an ontwikkelaar runs the circle; a regio-ambassadeur starts participation in circles of own region' },
  removeParticipant: { roles: ['ontwikkelaar', 'regio-ambassadeur'], scope: circleRegion, because: 'as adding participants' },
  recordSession: { roles: ['ontwikkelaar'], scope: circleRegion, because: 'an ontwikkelaar records sessions' },
  formActionGroup: { roles: ['ontwikkelaar'], scope: circleRegion, because: 'an ontwikkelaar runs circles' },
  closeCircle: { roles: ['ontwikkelaar'], scope: circleRegion, because: 'an ontwikkelaar closes circles' },
  captureLearning: { roles: ['ontwikkelaar', 'regio-ambassadeur'], scope: { kind: 'circle-region', field: 'circleId' }, because: 'learnings are captured in own region' },
  reviseLearning: { roles: ['ontwikkelaar', 'regio-ambassadeur'], scope: learningRegion, because: 'the capturing region keeps its learning up to date' },
  retractLearning: { roles: ['ontwikkelaar', 'regio-ambassadeur', 'landelijk-ambassadeur'], scope: learningRegion, because: 'the capturing region withdraws; a landelijk ambassadeur guards the national set' },
  endorseLearning: { roles: ['landelijk-ambassadeur', 'regio-ambassadeur', 'ontwikkelaar'], scope: { kind: 'acting-region' }, because: 'landelijk ambassadeurs endorse; regions endorse for themselves' },
  adoptLearning: { roles: ['regio-ambassadeur', 'ontwikkelaar'], scope: { kind: 'acting-region' }, because: 'a region records that it took a lesson over' },
  promoteLearning: { roles: ['landelijk-ambassadeur'], because: 'landelijk ambassadeurs lift lessons nationally' },
  closeReportingPeriod: { roles: ['vng'], because: 'vng closes reporting periods' },
  forgetPerson: { roles: ['beheerder'], because: 'beheerder forgets a person' },
} as const satisfies Record<string, OperationPolicy>;

/** Queries open to every signed-in role are not listed; these are narrower. */
export const QUERY_POLICIES = {
  auditTrail: { roles: ['beheerder', 'vng'], because: 'who did what is for beheerder and vng' },
  programmeReportPreview: { roles: ['vng', 'beheerder'], because: 'vng exports programme reports' },
} as const satisfies Record<string, OperationPolicy>;

export type MutationName = keyof typeof MUTATION_POLICIES;

export function mutationPolicy(name: string): OperationPolicy | undefined {
  return Object.hasOwn(MUTATION_POLICIES, name) ? MUTATION_POLICIES[name as MutationName] : undefined;
}

export function queryPolicy(name: string): OperationPolicy | undefined {
  return Object.hasOwn(QUERY_POLICIES, name) ? QUERY_POLICIES[name as keyof typeof QUERY_POLICIES] : undefined;
}

/** The roles that act for a region and are bound to their claim. */
export const REGION_BOUND_ROLES: readonly Role[] = ['regio-ambassadeur', 'ontwikkelaar'];

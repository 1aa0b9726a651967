import { Region, invalidInput, ruleBroken } from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';

/** A learning command's data with `byRegionId` optional: by default the actor's region acts. */
export type ActingFor<Data extends { readonly byRegionId: string }> = Omit<Data, 'byRegionId'> & {
  readonly byRegionId?: string | null;
};

export const ActingRegionRule = {
  notOfActor: 'region-not-of-actor',
  required: 'region-required',
} as const;

/**
 * The region a learning command acts for: `byRegionId` of revise, endorse and adopt, and the
 * actor's region that capture checks against the circle's. The domain reads it as the region of
 * the authenticated actor, never as a free client field, so one rule serves all four:
 *
 * - an actor with a region claim (a regio-ambassadeur's region, an ontwikkelaar's assigned
 *   regions) acts for one region of that claim. The command may name which one (an ontwikkelaar
 *   with several regions names it to act for any but the first); naming a region outside the
 *   claim is refused (`region-not-of-actor`). Without a name the first region of the claim acts.
 * - an actor without a region claim (landelijk ambassadeur, vng, beheerder) acts for the region
 *   the command names, or for none: capture then skips the own-region check (the actor is bound
 *   to no region) and revise, endorse and adopt refuse (`region-required`).
 *
 * Whether the role may send the command at all is the security layer's rule (DESIGN.md 5).
 */
export function actingRegionId(principal: Principal, named: string | null | undefined): string | undefined {
  const claim = principal.regionIds ?? [];
  if (named === undefined || named === null || named === '') return claim[0];
  // A malformed code is bad input (BAD_USER_INPUT), not a region of someone else.
  Region.requireRegionId('byRegionId', named);
  if (claim.length > 0 && !claim.includes(named)) {
    throw ruleBroken(ActingRegionRule.notOfActor, `U handelt niet namens jeugdregio ${named}`, 'byRegionId');
  }
  return named;
}

/** For revise, endorse and adopt, which always act for a region. */
export function requireActingRegionId(principal: Principal, named: string | null | undefined): string {
  const regionId = actingRegionId(principal, named);
  if (regionId === undefined) {
    throw invalidInput('byRegionId', ActingRegionRule.required, 'Noem de jeugdregio namens welke u handelt');
  }
  return regionId;
}

import { DomainError } from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';
import { actingRegionId, requireActingRegionId } from './acting-region';

describe('the region a learning command acts for', () => {
  const regioAmbassadeur: Principal = { actorId: 'ra', role: 'regio-ambassadeur', regionIds: ['JZ36'] };
  const ontwikkelaar: Principal = { actorId: 'ow', role: 'ontwikkelaar', regionIds: ['JZ36', 'JZ08'] };
  const landelijk: Principal = { actorId: 'la', role: 'landelijk-ambassadeur' };

  it("is the first region of the actor's claim when the command names none", () => {
    expect(actingRegionId(regioAmbassadeur, undefined)).toBe('JZ36');
    expect(actingRegionId(ontwikkelaar, null)).toBe('JZ36');
    expect(actingRegionId(ontwikkelaar, '')).toBe('JZ36');
  });

  it('is the named region when it is in the claim', () => {
    expect(actingRegionId(ontwikkelaar, 'JZ08')).toBe('JZ08');
  });

  it('refuses a named region outside the claim', () => {
    expect(() => actingRegionId(regioAmbassadeur, 'JZ08')).toThrow(DomainError);
    expect(() => actingRegionId(regioAmbassadeur, 'JZ08'))
      .toThrow(expect.objectContaining({ kind: 'rule', rule: 'region-not-of-actor', field: 'byRegionId' }));
  });

  it('is the named region, or none, for an actor without a region claim', () => {
    expect(actingRegionId(landelijk, 'JZ08')).toBe('JZ08');
    expect(actingRegionId(landelijk, undefined)).toBeUndefined();
  });

  it('is required for revise, endorse and adopt', () => {
    expect(requireActingRegionId(regioAmbassadeur, undefined)).toBe('JZ36');
    expect(() => requireActingRegionId(landelijk, undefined))
      .toThrow(expect.objectContaining({ kind: 'invalid-input', rule: 'region-required', field: 'byRegionId' }));
  });
});

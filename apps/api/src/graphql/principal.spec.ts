import { DEVELOPMENT_PRINCIPAL, principalFromHeaders } from './principal';

describe('the placeholder principal from x-leerkring-* headers', () => {
  it('reads actor, role and region claim', () => {
    expect(principalFromHeaders({
      'x-leerkring-actor': 'a1', 'x-leerkring-role': 'ontwikkelaar', 'x-leerkring-regions': 'JZ36, JZ08,',
    }, true)).toEqual({ actorId: 'a1', role: 'ontwikkelaar', regionIds: ['JZ36', 'JZ08'] });
    expect(principalFromHeaders({ 'x-leerkring-actor': 'v1', 'x-leerkring-role': 'vng' }, true))
      .toEqual({ actorId: 'v1', role: 'vng' });
  });

  it('defaults to the development beheerder without headers, outside production only', () => {
    expect(principalFromHeaders({}, false)).toEqual(DEVELOPMENT_PRINCIPAL);
    expect(DEVELOPMENT_PRINCIPAL.role).toBe('beheerder');
    expect(() => principalFromHeaders({}, true)).toThrow(expect.objectContaining({ rule: 'principal-missing' }));
  });

  it('refuses headers that are present but incomplete or wrong, in every environment', () => {
    for (const production of [false, true]) {
      expect(() => principalFromHeaders({ 'x-leerkring-role': 'vng' }, production))
        .toThrow(expect.objectContaining({ rule: 'principal-incomplete' }));
      expect(() => principalFromHeaders({ 'x-leerkring-actor': 'a', 'x-leerkring-role': 'admin' }, production))
        .toThrow(expect.objectContaining({ rule: 'role-unknown' }));
    }
  });
});

import { AuthenticationRequiredError } from '../graphql/edge-errors';
import { DevIssuer } from './dev-issuer';
import { TokenRule, TokenVerifier } from './token-verifier';

const AUDIENCE = 'leerkring-api';

describe('token verifier', () => {
  afterEach(() => jest.useRealTimers());

  it('verifies a token once and answers it again from memory until it expires, then refuses it', async () => {
    const issuer = await DevIssuer.inMemory();
    const verifier = TokenVerifier.forDevIssuer(issuer, AUDIENCE, 0);
    const { token, expiresAt } = await issuer.mint({ actorId: 'amb-1', role: 'regio-ambassadeur', regionIds: ['JZ36'] }, {
      audience: AUDIENCE, expiresInSeconds: 60,
    });
    const principal = { actorId: 'amb-1', role: 'regio-ambassadeur', regionIds: ['JZ36'] };
    expect(await verifier.verify(token)).toEqual(principal);
    expect(await verifier.verify(token)).toEqual(principal);

    jest.useFakeTimers({ now: expiresAt.getTime() + 1000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const refused = await verifier.verify(token).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AuthenticationRequiredError);
    expect((refused as AuthenticationRequiredError).rule).toBe(TokenRule.expired);
  });

  it('remembers nothing of a token it refused', async () => {
    const issuer = await DevIssuer.inMemory();
    const other = await DevIssuer.inMemory();
    const verifier = TokenVerifier.forDevIssuer(issuer, AUDIENCE, 0);
    const { token } = await other.mint({ actorId: 'x', role: 'vng' }, { audience: AUDIENCE });
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ rule: TokenRule.signature });
    }
  });
});

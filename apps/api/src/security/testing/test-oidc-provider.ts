import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Principal } from '../../command-side/command-context';
import { DevIssuer, type MintOptions } from '../dev-issuer';

/**
 * A real OpenID Connect provider as far as the API can tell: discovery document and JWKS over
 * HTTP on a free local port, tokens signed with its own key. For production-mode tests and the
 * HTTP benchmark, where the development issuer is refused.
 */
export interface TestOidcProvider {
  readonly issuer: string;
  /** The environment that points the API at this provider. */
  readonly env: Readonly<Record<string, string>>;
  token(principal: Principal, options?: Partial<MintOptions>): Promise<string>;
  headersOf(principal: Principal): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function startTestOidcProvider(audience = 'leerkring'): Promise<TestOidcProvider> {
  const keys = await DevIssuer.inMemory();
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const body = req.url === '/.well-known/openid-configuration'
      ? { issuer, jwks_uri: `${issuer}/jwks.json`, authorization_endpoint: `${issuer}/authorize` }
      : req.url === '/jwks.json' ? keys.jwks : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = async (principal: Principal, options: Partial<MintOptions> = {}) =>
    (await keys.mint(principal, { audience, issuer, ...options })).token;
  return {
    issuer,
    env: { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience },
    token,
    headersOf: async (principal) => ({ authorization: `Bearer ${await token(principal)}` }),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Principal } from '../../command-side/command-context';
import { DevIssuer } from '../dev-issuer';

/**
 * A minimal but real OpenID Connect authorization server for tests: discovery, JWKS, the
 * authorization endpoint (code flow, PKCE S256 required, a tiny sign-in page at its own origin)
 * and the token endpoint (single-use codes bound to client, redirect address and code challenge),
 * with CORS for the browser app that calls it. Keys and signing come from `DevIssuer`, so the
 * tokens carry the claims the API reads by default (`leerkring_role`, `leerkring_regions`).
 *
 * Not implemented (not needed by the web app): nonce, consent, refresh tokens, client secrets.
 */
export interface TestOidcUser {
  readonly principal: Principal;
  readonly displayName?: string;
}

export interface TestOidcAuthorizationServer {
  readonly issuer: string;
  readonly clientId: string;
  readonly audience: string;
  /** The environment that points the API at this provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_AUDIENCE). */
  readonly env: Readonly<Record<string, string>>;
  /** Redirect addresses are registered exactly, as a real provider does. */
  registerRedirectUri(uri: string): void;
  /** The person the sign-in page signs in as. */
  signInAs(user: TestOidcUser): void;
  /** What the token endpoint refused, in order (`invalid_grant: ...`), for assertions. */
  readonly refusals: readonly string[];
  /** How many tokens the token endpoint issued. */
  readonly issuedTokens: number;
  close(): Promise<void>;
}

export interface TestOidcAuthorizationServerOptions {
  readonly clientId?: string;
  readonly audience?: string;
  readonly user?: TestOidcUser;
  /** Access-token lifetime in seconds (default one hour). */
  readonly tokenLifetimeSeconds?: number;
}

interface PendingCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly user: TestOidcUser;
  readonly scope: string;
  readonly expiresAt: number;
}

/** RFC 7636: a verifier is 43-128 unreserved characters; an S256 challenge 43 base64url characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;
const CODE_LIFETIME_MS = 60_000;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTestOidcAuthorizationServer(
  options: TestOidcAuthorizationServerOptions = {},
): Promise<TestOidcAuthorizationServer> {
  const clientId = options.clientId ?? 'leerkring-web';
  const audience = options.audience ?? 'leerkring';
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const keys = await DevIssuer.inMemory();
  const redirectUris = new Set<string>();
  const codes = new Map<string, PendingCode>();
  const refusals: string[] = [];
  let user = options.user;
  let issuedTokens = 0;
  let issuer = '';

  const cors = (req: IncomingMessage): Record<string, string> => ({
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type, authorization',
    'access-control-max-age': '600',
    vary: 'Origin',
  });
  const json = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...cors(req), ...extra }).end(JSON.stringify(body));
  const html = (res: ServerResponse, status: number, body: string) =>
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Testidentiteitsdienst</title></head><body>${body}</body></html>`);

  /** Errors about the client or redirect address are shown here, never sent to an unverified address. */
  const authorizationRequest = (params: URLSearchParams, res: ServerResponse) => {
    const get = (name: string) => params.get(name) ?? '';
    const redirectUri = get('redirect_uri');
    if (get('client_id') !== clientId) {
      html(res, 400, '<h1>Onbekende client</h1><p>client_id is niet geregistreerd.</p>');
      return undefined;
    }
    if (!redirectUris.has(redirectUri)) {
      html(res, 400, '<h1>Onbekend terugkeeradres</h1><p>redirect_uri is niet geregistreerd voor deze client.</p>');
      return undefined;
    }
    const state = get('state');
    const back = (query: Record<string, string>) => {
      const url = new URL(redirectUri);
      for (const [k, v] of Object.entries({ ...query, ...(state ? { state } : {}) })) url.searchParams.set(k, v);
      res.writeHead(302, { location: url.toString(), 'cache-control': 'no-store' }).end();
      return undefined;
    };
    if (get('response_type') !== 'code') return back({ error: 'unsupported_response_type', error_description: 'only response_type=code' });
    if (!state) return back({ error: 'invalid_request', error_description: 'state is required' });
    if (get('code_challenge_method') !== 'S256') return back({ error: 'invalid_request', error_description: 'code_challenge_method must be S256' });
    if (!S256_CHALLENGE.test(get('code_challenge'))) return back({ error: 'invalid_request', error_description: 'code_challenge is missing or malformed' });
    const scope = get('scope');
    if (!scope.split(' ').includes('openid')) return back({ error: 'invalid_scope', error_description: 'scope must include openid' });
    return { redirectUri, state, codeChallenge: get('code_challenge'), scope, back };
  };

  const authorize = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method === 'GET') {
      const request = authorizationRequest(url.searchParams, res);
      if (!request) return;
      const fields = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method']
        .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(url.searchParams.get(name) ?? '')}">`).join('');
      const who = user ? `${user.displayName ?? user.principal.actorId} (${user.principal.role})` : 'niemand';
      html(res, 200, `<main><h1>Inloggen bij de testidentiteitsdienst</h1><form method="post" action="/authorize">${fields}`
        + `<p>U logt in als ${escapeHtml(who)}.</p><button type="submit">Inloggen</button></form></main>`);
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return;
    }
    const request = authorizationRequest(new URLSearchParams(await readBody(req)), res);
    if (!request) return;
    if (!user) {
      request.back({ error: 'access_denied', error_description: 'no test user configured' });
      return;
    }
    const code = randomBytes(32).toString('base64url');
    codes.set(code, {
      clientId, redirectUri: request.redirectUri, codeChallenge: request.codeChallenge, user, scope: request.scope,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    request.back({ code });
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const refuse = (status: number, error: string, description: string) => {
      refusals.push(`${error}: ${description}`);
      json(req, res, status, { error, error_description: description }, { 'cache-control': 'no-store', pragma: 'no-cache' });
    };
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST, OPTIONS', ...cors(req) }).end();
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      refuse(400, 'invalid_request', 'the body must be application/x-www-form-urlencoded');
      return;
    }
    const body = new URLSearchParams(await readBody(req));
    const get = (name: string) => body.get(name) ?? '';
    if (get('grant_type') !== 'authorization_code') {
      refuse(400, 'unsupported_grant_type', 'only authorization_code');
      return;
    }
    if (get('client_id') !== clientId) {
      refuse(401, 'invalid_client', 'unknown client_id');
      return;
    }
    const pending = codes.get(get('code'));
    // A code is good for one try, whatever its outcome (RFC 6749 4.1.2).
    codes.delete(get('code'));
    if (!pending || pending.expiresAt < Date.now()) {
      refuse(400, 'invalid_grant', 'the code is unknown, used or expired');
      return;
    }
    if (pending.clientId !== get('client_id')) {
      refuse(400, 'invalid_grant', 'the code was issued to another client');
      return;
    }
    if (pending.redirectUri !== get('redirect_uri')) {
      refuse(400, 'invalid_grant', 'redirect_uri differs from the authorization request');
      return;
    }
    const verifier = get('code_verifier');
    if (!VERIFIER.test(verifier) || !sameText(s256(verifier), pending.codeChallenge)) {
      refuse(400, 'invalid_grant', 'PKCE verification failed');
      return;
    }
    const { principal, displayName } = pending.user;
    const named = displayName ? { displayName } : {};
    const access = await keys.mint(principal, { audience, issuer, expiresInSeconds: lifetime, ...named });
    const id = await keys.mint(principal, { audience: clientId, issuer, expiresInSeconds: lifetime, ...named });
    issuedTokens += 1;
    json(req, res, 200, {
      access_token: access.token, token_type: 'Bearer', expires_in: lifetime, id_token: id.token, scope: pending.scope,
    }, { 'cache-control': 'no-store', pragma: 'no-cache' });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer || 'http://localhost');
    const handle = async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req)).end();
        return;
      }
      switch (url.pathname) {
        case '/.well-known/openid-configuration':
          json(req, res, 200, {
            issuer,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
            jwks_uri: `${issuer}/jwks.json`,
            response_types_supported: ['code'],
            grant_types_supported: ['authorization_code'],
            code_challenge_methods_supported: ['S256'],
            token_endpoint_auth_methods_supported: ['none'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['ES256'],
            scopes_supported: ['openid', 'profile'],
          });
          return;
        case '/jwks.json':
          json(req, res, 200, keys.jwks);
          return;
        case '/authorize':
          await authorize(req, res, url);
          return;
        case '/token':
          await token(req, res);
          return;
        default:
          json(req, res, 404, { error: 'not_found' });
      }
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) json(req, res, 500, { error: 'server_error', error_description: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    clientId,
    audience,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_AUDIENCE: audience },
    registerRedirectUri: (uri) => { redirectUris.add(uri); },
    signInAs: (next) => { user = next; },
    get refusals() { return [...refusals]; },
    get issuedTokens() { return issuedTokens; },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

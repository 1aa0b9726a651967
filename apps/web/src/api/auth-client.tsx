import { ApiError, apiFetch } from './graphql-client';

/** `GET /auth/config`: how this deployment signs people in. */
export interface AuthConfig {
  readonly mode: 'development' | 'oidc';
  readonly issuer: string;
  readonly audience: string;
  readonly authorizationEndpoint?: string;
  readonly clientId?: string;
}

export interface Principal {
  readonly actorId: string;
  readonly role: string;
  readonly regionIds: readonly string[];
  readonly displayName: string;
}

export interface SignedIn {
  readonly token: string;
  /** ISO instant. */
  readonly expiresAt: string;
  readonly principal: Principal;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as (T & { message?: unknown; field?: unknown }) | undefined;
  if (!response.ok || body === undefined) {
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    const field = typeof body?.field === 'string' ? body.field : undefined;
    throw new ApiError([{ code: response.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', message, ...(field ? { field } : {}) }], response.status);
  }
  return body;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  return json<AuthConfig>(await apiFetch('/auth/config', { headers: { accept: 'application/json' } }));
}

export async function fetchDevRegions(): Promise<{ id: string; name: string }[]> {
  return json(await apiFetch('/auth/dev/regions', { headers: { accept: 'application/json' } }));
}

export async function requestDevToken(role: string, regionId?: string): Promise<SignedIn> {
  return json<SignedIn>(await apiFetch('/auth/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ role, ...(regionId ? { regionId } : {}) }),
  }));
}

// OpenID Connect: authorization code flow with PKCE, for a public client (the browser).

const PENDING_KEY = 'leerkring.oidc';
export const OIDC_CALLBACK_PATH = '/aanmelden/terug';

interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
}

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const randomText = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/** A fetch of the identity provider: when it cannot be reached (or CORS refuses), an ApiError, not a TypeError. */
async function providerFetch(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiError([{ code: 'NETWORK', message: 'De identiteitsdienst is niet bereikbaar; probeer het zo nog eens.' }]);
  }
}

const signInFailed = (reason: string) => new ApiError([{ code: 'UNAUTHENTICATED', message: `Aanmelden is niet gelukt: ${reason} Probeer het opnieuw.` }]);

async function discover(config: AuthConfig): Promise<Discovery> {
  const response = await providerFetch(`${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  const discovered = await json<Discovery>(response);
  return config.authorizationEndpoint ? { ...discovered, authorization_endpoint: config.authorizationEndpoint } : discovered;
}

/** Sends the browser to the identity provider; it comes back at OIDC_CALLBACK_PATH. */
export async function startOidcSignIn(config: AuthConfig, returnTo?: string): Promise<void> {
  if (!config.clientId) throw new ApiError([{ code: 'BAD_USER_INPUT', message: 'OIDC_CLIENT_ID ontbreekt in de configuratie van de API.' }]);
  const endpoints = await discover(config);
  const verifier = randomText();
  const state = randomText();
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, tokenEndpoint: endpoints.token_endpoint, ...(returnTo ? { returnTo } : {}) }));
  const url = new URL(endpoints.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: `${location.origin}${OIDC_CALLBACK_PATH}`,
    scope: 'openid profile', state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** On return from the provider: trades the code for the access token (principal: ask `me`). */
export async function completeOidcSignIn(
  config: AuthConfig, search: string,
): Promise<{ token: string; expiresAt: string; returnTo?: string }> {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as
    { verifier: string; state: string; tokenEndpoint: string; returnTo?: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  const code = params.get('code');
  if (params.get('error')) throw signInFailed(`de identiteitsdienst weigerde de aanmelding (${params.get('error')}).`);
  if (!pending || !config.clientId) throw signInFailed('er was geen aanmelding van deze browser onderweg.');
  if (!code || params.get('state') !== pending.state) {
    throw signInFailed('het antwoord van de identiteitsdienst hoort niet bij deze aanmelding.');
  }
  const response = await providerFetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code, redirect_uri: `${location.origin}${OIDC_CALLBACK_PATH}`,
      client_id: config.clientId, code_verifier: pending.verifier,
    }),
  });
  // The provider answers an OAuth error object ({ error: 'invalid_grant', ... }), not our shape.
  const tokens = (await response.json().catch(() => undefined)) as { access_token?: unknown; expires_in?: unknown } | undefined;
  if (!response.ok || typeof tokens?.access_token !== 'string') {
    throw signInFailed('de identiteitsdienst gaf geen toegangstoken af.');
  }
  const expiresIn = typeof tokens.expires_in === 'number' ? tokens.expires_in : 3600;
  return {
    token: tokens.access_token,
    expiresAt: new Date(Date.now() + expiresIn * 1000).toISOString(),
    ...(pending.returnTo ? { returnTo: pending.returnTo } : {}),
  };
}

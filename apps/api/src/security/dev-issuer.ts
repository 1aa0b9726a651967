import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Principal } from '../command-side/command-context';

/**
 * The development issuer (docs/security.md): signs tokens for local use, tests and demos so that
 * every request goes through the same verification as with a real OpenID Connect provider. It is
 * refused in production (`authSettings`). Its key pair lives in the data folder, so `npm run token`
 * and the API started by `npm start` agree on it; with the in-memory store it lives in memory.
 */
export const DEV_ISSUER = 'urn:leerkring:ontwikkel-issuer';
export const DEV_KEY_ID = 'leerkring-dev-1';
const ALGORITHM = 'ES256';
const KEY_FILE = 'dev-issuer-key.json';

/** Claims the development issuer writes; a real provider is mapped onto the same through configuration. */
export const DEV_CLAIMS = { role: 'leerkring_role', regions: 'leerkring_regions', name: 'name' } as const;

export interface MintOptions {
  readonly audience: string;
  /** Lifetime in seconds; default eight hours, a working day. */
  readonly expiresInSeconds?: number;
  readonly displayName?: string;
  /** Overrides for tests of refused tokens (an issuer that is not ours, a past expiry). */
  readonly issuer?: string;
  readonly issuedAt?: number;
}

export interface MintedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

type SigningKey = Parameters<SignJWT['sign']>[0];

let processIssuer: Promise<DevIssuer> | undefined;

export class DevIssuer {
  readonly issuerName = DEV_ISSUER;

  private constructor(
    private readonly privateKey: SigningKey,
    readonly publicJwk: JWK,
  ) {}

  /** A fresh key pair held only in this process. */
  static async inMemory(): Promise<DevIssuer> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    return new DevIssuer(privateKey, { ...(await exportJWK(publicKey)), kid: DEV_KEY_ID, alg: ALGORITHM, use: 'sig' });
  }

  /** The key pair kept in `dataDir`, created on first use (readable by the owner only). */
  static async inFolder(dataDir: string): Promise<DevIssuer> {
    const file = join(dataDir, KEY_FILE);
    const stored = await readFile(file, 'utf8').then((text) => JSON.parse(text) as JWK, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stored) {
      const privateKey = await importJWK(stored, ALGORITHM);
      const { d: _private, ...publicJwk } = stored;
      return new DevIssuer(privateKey, { ...publicJwk, kid: DEV_KEY_ID, alg: ALGORITHM, use: 'sig' });
    }
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600, flag: 'wx' }).catch(
      // Another process (the CLI, a second API) created it first: use theirs.
      (error: NodeJS.ErrnoException) => { if (error.code !== 'EEXIST') throw error; },
    );
    return DevIssuer.inFolder(dataDir);
  }

  /**
   * The issuer for a data folder setting. `memory://` keeps one key pair in memory for the whole
   * process, so tests mint tokens for an in-memory app without reaching into it.
   */
  static forDataDir(dataDir: string): Promise<DevIssuer> {
    if (!dataDir.startsWith('memory://')) return DevIssuer.inFolder(dataDir);
    processIssuer ??= DevIssuer.inMemory();
    return processIssuer;
  }

  get jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  async mint(principal: Principal, options: MintOptions): Promise<MintedToken> {
    const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + (options.expiresInSeconds ?? 8 * 3600);
    const token = await new SignJWT({
      [DEV_CLAIMS.role]: principal.role,
      ...(principal.regionIds?.length ? { [DEV_CLAIMS.regions]: [...principal.regionIds] } : {}),
      ...(options.displayName ? { [DEV_CLAIMS.name]: options.displayName } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: DEV_KEY_ID, typ: 'JWT' })
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(options.audience)
      .setSubject(principal.actorId)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }
}

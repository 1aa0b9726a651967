import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Principal, SignedIn } from './auth-client';
import { ApiError, graphqlRequest, mutationDocument, type MutationResult } from './graphql-client';

const STORAGE_KEY = 'leerkring.sessie';

/** The signed-in person for this browser tab (sessionStorage: gone when the tab closes). */
function storedSession(): SignedIn | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as SignedIn | null;
    if (stored && Date.parse(stored.expiresAt) > Date.now()) return stored;
  } catch {
    // Unreadable: sign in again.
  }
  return undefined;
}

export type SignOutReason = 'signed-out' | 'expired';

interface SessionContextValue {
  readonly session: SignedIn | undefined;
  readonly principal: Principal | undefined;
  /** Why the last session ended, to tell the person on the sign-in page. */
  readonly endedBecause: SignOutReason | undefined;
  signIn(session: SignedIn): void;
  signOut(reason?: SignOutReason): void;
  query<Data>(document: string, variables?: Readonly<Record<string, unknown>>): Promise<Data>;
  mutate(name: string, input: Readonly<Record<string, unknown>>): Promise<MutationResult>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<SignedIn | undefined>(storedSession);
  const [endedBecause, setEndedBecause] = useState<SignOutReason>();

  const signIn = useCallback((next: SignedIn) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setEndedBecause(undefined);
    setSession(next);
  }, []);

  const signOut = useCallback((reason: SignOutReason = 'signed-out') => {
    sessionStorage.removeItem(STORAGE_KEY);
    setEndedBecause(reason);
    setSession(undefined);
  }, []);

  const token = session?.token;
  // Read-your-writes: every query that declares $atLeast waits until the read models hold this
  // person's last accepted command (positions are opaque text whose order is the global order).
  const lastPosition = useRef<string>(undefined);
  const query = useCallback(async <Data,>(document: string, variables?: Readonly<Record<string, unknown>>) => {
    const atLeast = variables?.['atLeast'] ?? lastPosition.current;
    try {
      return await graphqlRequest<Data>(document, { ...variables, ...(atLeast ? { atLeast } : {}) }, token);
    } catch (error) {
      // The token expired or was revoked: back to the sign-in page, which says so.
      if (error instanceof ApiError && error.has('UNAUTHENTICATED')) signOut('expired');
      throw error;
    }
  }, [token, signOut]);

  const mutate = useCallback(async (name: string, input: Readonly<Record<string, unknown>>) => {
    const data = await query<Record<string, MutationResult>>(mutationDocument(name), { input });
    const result = data[name];
    if (!result) throw new ApiError([{ code: 'INTERNAL_SERVER_ERROR', message: name }]);
    if (!lastPosition.current || result.position > lastPosition.current) lastPosition.current = result.position;
    return result;
  }, [query]);

  const value = useMemo<SessionContextValue>(
    () => ({ session, principal: session?.principal, endedBecause, signIn, signOut, query, mutate }),
    [session, endedBecause, signIn, signOut, query, mutate],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

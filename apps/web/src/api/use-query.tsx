import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './graphql-client';
import { useSession } from './session';

export interface QueryState<Data> {
  readonly data: Data | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  /** Asks again; with the position of a mutation, the answer includes that mutation (read-your-writes). */
  reload(atLeast?: string): void;
}

/**
 * Runs a query when the variables change (compared by value) and keeps the last answer while
 * the next one loads, so the page does not flicker. `skip` waits until what it needs is known.
 */
export function useQuery<Data>(
  document: string, variables: Readonly<Record<string, unknown>> = {}, options: { readonly skip?: boolean } = {},
): QueryState<Data> {
  const { query } = useSession();
  const [data, setData] = useState<Data>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(!options.skip);
  const [atLeast, setAtLeast] = useState<{ position?: string; nonce: number }>({ nonce: 0 });
  const key = JSON.stringify(variables);
  const latest = useRef(0);

  useEffect(() => {
    if (options.skip) return;
    const request = ++latest.current;
    setLoading(true);
    const vars = { ...(JSON.parse(key) as Record<string, unknown>), ...(atLeast.position ? { atLeast: atLeast.position } : {}) };
    query<Data>(document, vars).then(
      (answer) => {
        if (request !== latest.current) return;
        setData(answer);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (request !== latest.current) return;
        setError(failure instanceof ApiError ? failure : new ApiError([{ code: 'INTERNAL_SERVER_ERROR', message: String(failure) }]));
        setLoading(false);
      },
    );
  }, [document, key, options.skip, query, atLeast]);

  const reload = useCallback((position?: string) => {
    setAtLeast((previous) => ({ ...(position ? { position } : {}), nonce: previous.nonce + 1 }));
  }, []);

  return { data, error, loading, reload };
}

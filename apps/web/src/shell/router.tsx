import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * A small history router: paths like `/lessen/{id}?zoek=wachttijd`. Same-origin link clicks are
 * taken over at the root, so the design system's own link components work as they are.
 */
export interface Location {
  readonly path: string;
  readonly search: URLSearchParams;
}

interface RouterValue {
  readonly location: Location;
  navigate(to: string, options?: { readonly replace?: boolean }): void;
}

const RouterContext = createContext<RouterValue | undefined>(undefined);

const current = (): Location => ({ path: window.location.pathname, search: new URLSearchParams(window.location.search) });

/** Set when the person moved to another page: that page's heading takes the focus (see PageHeading). */
let focusPending = false;
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

export function RouterProvider({ children }: { readonly children: ReactNode }) {
  const [location, setLocation] = useState<Location>(current);

  const navigate = useCallback((to: string, options: { readonly replace?: boolean } = {}) => {
    const target = new URL(to, window.location.href);
    const samePage = target.pathname === window.location.pathname;
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    if (!samePage) {
      focusPending = true;
      window.scrollTo(0, 0);
    }
    setLocation(current());
  }, []);

  useEffect(() => {
    const onPop = () => {
      focusPending = true;
      setLocation(current());
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin || url.hash && url.pathname === window.location.pathname) return;
      // The API's own endpoints are documents, not pages of the app.
      if (/^\/(graphql|reports|auth|health|metrics)(\/|$)/.test(url.pathname)) return;
      event.preventDefault();
      navigate(`${url.pathname}${url.search}`);
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, [navigate]);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const context = useContext(RouterContext);
  if (!context) throw new Error('useRouter outside RouterProvider');
  return context;
}

/** `/cirkels/:id` against `/cirkels/abc` gives `{ id: 'abc' }`; undefined when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  })}/?$`);
  const match = regex.exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
}

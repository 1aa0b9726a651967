import { Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from '../shell/router';

/**
 * The page's one h1. It names the document, and after a move to another page it takes the
 * focus, so a screen reader starts reading the new page and Tab continues from there.
 */
export function PageHeading({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Leerkring`;
  }, [title]);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="lk-page-heading">
      {children}
    </Heading>
  );
}

import { Alert, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { ApiError, type ApiProblem } from '../api/graphql-client';
import { useI18n, type Translate } from '../i18n/i18n';

/** A problem placed next to a field of the form, or above the form when it names no known field. */
export interface PlacedProblems {
  /** The message for a field of the form (its own or a sub-field's, like `activities[0].text`). */
  forField(field: string): string | undefined;
  readonly all: readonly (ApiProblem & { readonly target?: string })[];
  readonly count: number;
  /** The refusal these come from: the summary takes the focus once per refusal, not per render. */
  readonly source?: ApiError;
}

export const NO_PROBLEMS: PlacedProblems = { forField: () => undefined, all: [], count: 0 };

/** What the person can do about a refusal whose message is not enough on its own. */
export function explain(problem: ApiProblem, t: Translate): string {
  switch (problem.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'FORBIDDEN':
      return `${problem.message} ${t('errors.forbiddenHint')}`;
    case 'CONFLICT':
      return problem.message;
    case 'PRIVACY':
      return `${problem.message} ${t('errors.privacyHint')}`;
    default:
      return problem.message;
  }
}

/**
 * Places every problem of an ApiError: `fields` maps the API's field names (exact, or a prefix
 * followed by `[` or `.`) to the id of the form field that shows it.
 */
export function placeProblems(error: unknown, fields: Readonly<Record<string, string>>, t: Translate): PlacedProblems {
  if (!(error instanceof ApiError)) return NO_PROBLEMS;
  const targetOf = (field: string | undefined): string | undefined => {
    if (field === undefined) return undefined;
    if (fields[field]) return fields[field];
    const owner = Object.keys(fields)
      .filter((name) => field.startsWith(`${name}[`) || field.startsWith(`${name}.`))
      .sort((a, b) => b.length - a.length)[0];
    return owner === undefined ? undefined : fields[owner];
  };
  const all = error.problems.map((problem) => {
    const target = targetOf(problem.field);
    return { ...problem, message: explain(problem, t), ...(target ? { target } : {}) };
  });
  return {
    all,
    count: all.length,
    source: error,
    forField: (field) => {
      const target = fields[field];
      const found = all.filter((p) => p.field === field || (target !== undefined && p.target === target));
      return found.length ? found.map((p) => p.message).join(' ') : undefined;
    },
  };
}

function focusField(id: string) {
  const wrapper = document.getElementById(id);
  const control = wrapper?.matches('input, textarea, select') ? wrapper : wrapper?.querySelector<HTMLElement>('input, textarea, select, button');
  control?.focus();
}

/**
 * The list of what went wrong, above the form: it takes the focus when it appears, and each
 * item leads to its field. Problems about no field of the form are said here only.
 */
export function ErrorSummary({ problems }: { readonly problems: PlacedProblems }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.source) ref.current?.focus();
  }, [problems.source]);
  if (problems.count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="lk-error-summary" aria-labelledby="lk-error-summary-title">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4} id="lk-error-summary-title">{t('errors.summaryTitle')}</Heading>
        {problems.count === 1 && !problems.all[0]?.target ? (
          <Paragraph>{problems.all[0]?.message}</Paragraph>
        ) : (
          <UnorderedList>
            {problems.all.map((problem, i) => (
              <UnorderedListItem key={i}>
                {problem.target ? (
                  <Link href={`#${problem.target}`} onClick={(event) => { event.preventDefault(); focusField(problem.target ?? ''); }}>
                    {problem.message}
                  </Link>
                ) : problem.message}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

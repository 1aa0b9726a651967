import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ApiError } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n';
import { explain } from './form-problems';

/** While a page's data loads, and when it could not be read. */
export function QueryStatus({ loading, error }: { readonly loading: boolean; readonly error: ApiError | undefined }) {
  const { t } = useI18n();
  if (error) {
    return (
      <Alert type="error">
        {error.problems.map((problem, i) => <Paragraph key={i}>{explain(problem, t)}</Paragraph>)}
      </Alert>
    );
  }
  if (loading) return <Paragraph className="lk-loading" role="status">{t('common.loading')}</Paragraph>;
  return null;
}

/** What just happened ("Week 48 is opgeslagen."): the design system's alert, a polite status for screen readers. */
export function StatusMessage({ message }: { readonly message: string | undefined }) {
  return (
    <div className="lk-status">
      {message && <Alert type="ok"><Paragraph>{message}</Paragraph></Alert>}
    </div>
  );
}

import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { ApiError, newIdempotencyKey, type MutationResult } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { TextareaField, TextField } from '../../components/fields';
import { ErrorSummary, placeProblems } from '../../components/form-problems';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { codesOf, label, SECTORS, type Sector } from '../../vocabulary';
import { ActivitiesField, activityFieldId } from './activities-field';
import type { WeekInfo } from './iso-week';
import type { RegionCircle, WeeklyLog } from './my-week.queries';
import { checkDraft, type WeekDraft } from './week-draft';

const FIELDS: Readonly<Record<string, string>> = {
  week: 'veld-week',
  hours: 'veld-uren',
  circleIds: 'veld-cirkels',
  activities: 'veld-activiteiten',
  partnersReached: 'veld-partners',
  sectorsReached: 'veld-sectoren',
  reflection: 'veld-reflectie',
  whatChanged: 'veld-wat-veranderd',
};

/** `activities[1].text` of the list sent is row `rows[1]` of the form. */
function toFormFields(error: ApiError, rows: readonly number[]): ApiError {
  return new ApiError(error.problems.map((problem) => {
    const match = /^activities\[(\d+)\](.*)$/.exec(problem.field ?? '');
    if (!match) return problem;
    const row = rows[Number(match[1])] ?? Number(match[1]);
    return { ...problem, field: `activities[${row}]${match[2] ?? ''}` };
  }), error.status);
}

/**
 * Logs a week, or corrects one already logged. A refusal keeps everything typed: the draft lives
 * in the parent, and only a saved week clears it. One idempotency key per attempt, so a retry
 * after a lost answer is stored once; a new one after each saved week.
 */
export function WeekForm(props: {
  readonly ambassadorId: string;
  readonly week: WeekInfo;
  readonly logged: WeeklyLog | undefined;
  readonly previous: WeeklyLog | undefined;
  readonly circles: readonly RegionCircle[];
  readonly national: boolean;
  readonly draft: WeekDraft;
  onDraftChange(draft: WeekDraft): void;
  onCopyPrevious(): void;
  onSaved(result: MutationResult, week: WeekInfo): void;
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { mutate } = useSession();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const { draft, week, logged } = props;
  const set = (change: Partial<WeekDraft>) => props.onDraftChange({ ...draft, ...change });

  const fields: Record<string, string> = { ...FIELDS };
  draft.activities.forEach((_, row) => {
    fields[`activities[${row}].text`] = activityFieldId(row, 'text');
    fields[`activities[${row}].kind`] = activityFieldId(row, 'kind');
  });
  const problems = placeProblems(error, fields, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkDraft(draft, t);
    if (!checked.ok) {
      setError(new ApiError(checked.problems.map((p) => ({ ...p, code: 'BAD_USER_INPUT' }))));
      return;
    }
    setBusy(true);
    try {
      const common = { ...checked.input, ambassadorId: props.ambassadorId, week: week.id, idempotencyKey: key };
      const result = logged
        ? await mutate('correctWeeklyWork', { ...common, whatChanged: draft.whatChanged })
        : await mutate('logWeeklyWork', common);
      setError(undefined);
      setKey(newIdempotencyKey());
      props.onSaved(result, week);
    } catch (failure) {
      setError(failure instanceof ApiError ? toFormFields(failure, checked.input.activities.length ? checked.activityRows : []) : new ApiError([{ code: 'INTERNAL_SERVER_ERROR', message: String(failure) }]));
    } finally {
      setBusy(false);
    }
  };

  const circleOptions = props.circles
    .filter((c) => c.status === 'OPEN' || draft.circleIds.includes(c.id))
    .map((c) => ({ value: c.id, label: c.status === 'OPEN' ? c.title : `${c.title} (${t('circles.closed')})` }));
  const range = `${format.date(week.monday)} – ${format.date(week.sunday)}`;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-week-form-title" className="lk-week-form">
      <Heading level={2} id="lk-week-form-title" tabIndex={-1}>
        {logged ? t('myWeek.correctTitle', { week: week.number }) : t('myWeek.logTitle', { week: week.number })}
      </Heading>
      <Paragraph id={FIELDS.week}>{range}{logged?.corrected && ` · ${t('myWeek.correctedTimes', { n: logged.correctionCount })}`}</Paragraph>
      <ErrorSummary problems={problems} />
      {!logged && props.previous && (
        <ActionGroup>
          <Button appearance="subtle-button" onClick={props.onCopyPrevious}>{t('myWeek.copyPrevious', { week: Number(props.previous.week.slice(-2)) })}</Button>
        </ActionGroup>
      )}
      <TextField
        id={FIELDS.hours as string}
        label={t('myWeek.hours')}
        description={t('myWeek.hoursHint')}
        value={draft.hours}
        size={6}
        error={problems.forField('hours')}
        onChange={(hours) => set({ hours })}
      />
      {!props.national && (
        <CheckboxFieldset
          id={FIELDS.circleIds as string}
          legend={t('myWeek.circles')}
          description={circleOptions.length === 0 ? t('myWeek.noCircles') : undefined}
          options={circleOptions}
          selected={draft.circleIds}
          error={problems.forField('circleIds')}
          onChange={(circleIds) => set({ circleIds })}
        />
      )}
      <ActivitiesField
        id={FIELDS.activities as string}
        activities={draft.activities}
        onChange={(activities) => set({ activities })}
        error={problems.all.filter((p) => p.field === 'activities').map((p) => p.message).join(' ') || undefined}
        errorOf={(row, part) => problems.all.filter((p) => p.field === `activities[${row}].${part}` || part === 'text' && p.field === `activities[${row}]`).map((p) => p.message).join(' ') || undefined}
      />
      <TextField
        id={FIELDS.partnersReached as string}
        label={t('myWeek.partners')}
        value={draft.partnersReached}
        size={6}
        error={problems.forField('partnersReached')}
        onChange={(partnersReached) => set({ partnersReached })}
      />
      <CheckboxFieldset
        id={FIELDS.sectorsReached as string}
        legend={t('myWeek.sectors')}
        options={codesOf(SECTORS).map((code) => ({ value: code, label: label(SECTORS, code, language) }))}
        selected={draft.sectorsReached}
        error={problems.forField('sectorsReached')}
        columns
        onChange={(sectorsReached) => set({ sectorsReached: sectorsReached as Sector[] })}
      />
      <TextareaField
        id={FIELDS.reflection as string}
        label={t('myWeek.reflection')}
        description={t('myWeek.reflectionHint')}
        value={draft.reflection}
        error={problems.forField('reflection')}
        onChange={(reflection) => set({ reflection })}
      />
      {logged && (
        <TextareaField
          id={FIELDS.whatChanged as string}
          label={t('myWeek.whatChanged')}
          description={t('myWeek.whatChangedHint')}
          value={draft.whatChanged}
          rows={2}
          error={problems.forField('whatChanged')}
          onChange={(whatChanged) => set({ whatChanged })}
        />
      )}
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" aria-disabled={busy || undefined}>
          {logged ? t('myWeek.saveCorrection') : t('myWeek.save')}
        </Button>
      </ActionGroup>
    </form>
  );
}

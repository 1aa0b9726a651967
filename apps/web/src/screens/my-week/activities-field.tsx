import { Button, Fieldset, FormFieldErrorMessage } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_KINDS, codesOf, label, type ActivityKind } from '../../vocabulary';
import type { WeekDraft } from './week-draft';

type Activities = WeekDraft['activities'];

export const activityFieldId = (row: number, part: 'kind' | 'text') => `veld-activiteit-${row}-${part === 'kind' ? 'soort' : 'tekst'}`;

/** The week's activities: a kind and a short description each; rows can be added and removed. */
export function ActivitiesField(props: {
  readonly id: string;
  readonly activities: Activities;
  onChange(activities: Activities): void;
  readonly error: string | undefined;
  errorOf(row: number, part: 'kind' | 'text'): string | undefined;
}) {
  const { t, language } = useI18n();
  const errorId = useId();
  const { activities, onChange } = props;
  const update = (row: number, change: Partial<Activities[number]>) =>
    onChange(activities.map((activity, i) => (i === row ? { ...activity, ...change } : activity)));
  const kinds = codesOf(ACTIVITY_KINDS).map((code) => ({ value: code, label: label(ACTIVITY_KINDS, code, language) }));
  return (
    <Fieldset id={props.id} legend={t('myWeek.activities')} invalid={Boolean(props.error)} aria-describedby={props.error ? errorId : undefined}>
      {props.error && <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage>}
      <ol className="lk-activities">
        {activities.map((activity, row) => (
          <li key={row} className="lk-activities__row">
            <SelectField
              id={activityFieldId(row, 'kind')}
              label={t('myWeek.activityKind', { n: row + 1 })}
              value={activity.kind}
              options={kinds}
              error={props.errorOf(row, 'kind')}
              onChange={(kind) => update(row, { kind: kind as ActivityKind })}
            />
            <TextField
              id={activityFieldId(row, 'text')}
              label={t('myWeek.activityText', { n: row + 1 })}
              value={activity.text}
              error={props.errorOf(row, 'text')}
              onChange={(text) => update(row, { text })}
            />
            <Button
              appearance="subtle-button"
              className="lk-activities__remove"
              onClick={() => onChange(activities.filter((_, i) => i !== row))}
            >
              {t('myWeek.removeActivity', { n: row + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button appearance="secondary-action-button" onClick={() => onChange([...activities, { kind: 'GESPREK', text: '' }])}>
        {t('myWeek.addActivity')}
      </Button>
    </Fieldset>
  );
}

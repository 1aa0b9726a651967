import { ActionGroup, Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { SelectField, TextareaField, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/form-problems';
import { useCommand } from '../../components/use-command';
import { parseDecimal, todayInNetherlands } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { codesOf, label, SECTORS, SESSION_FORMATS } from '../../vocabulary';

const FIELDS = {
  date: 'veld-bijeenkomst-datum', format: 'veld-bijeenkomst-vorm', attendeeCount: 'veld-bijeenkomst-aanwezigen',
  sectorsPresent: 'veld-bijeenkomst-sectoren', summary: 'veld-bijeenkomst-samenvatting',
};

export function RecordSessionForm({ circleId, onRecorded }: { readonly circleId: string; onRecorded(date: string): void }) {
  const { t, language } = useI18n();
  const command = useCommand('recordSession', FIELDS);
  const [date, setDate] = useState(todayInNetherlands);
  const [format, setFormat] = useState('PLENAIR');
  const [attendees, setAttendees] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const { problems } = command;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const attendeeCount = parseDecimal(attendees);
    if (attendeeCount === undefined || !Number.isInteger(attendeeCount)) {
      command.refuse([{ field: 'attendeeCount', message: t('circles.attendeesNotANumber') }]);
      return;
    }
    const result = await command.run({ circleId, date, format, attendeeCount, sectorsPresent: sectors, summary });
    if (!result) return;
    onRecorded(date);
    setAttendees('');
    setSectors([]);
    setSummary('');
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-record-session-title">
      <Heading level={3} id="lk-record-session-title">{t('circles.recordSessionTitle')}</Heading>
      <ErrorSummary problems={problems} />
      <TextField id={FIELDS.date} type="date" label={t('circles.fieldDate')} value={date} onChange={setDate} error={problems.forField('date')} />
      <SelectField
        id={FIELDS.format} label={t('circles.fieldFormat')} value={format} onChange={setFormat}
        options={codesOf(SESSION_FORMATS).map((code) => ({ value: code, label: label(SESSION_FORMATS, code, language) }))}
        error={problems.forField('format')}
      />
      <TextField id={FIELDS.attendeeCount} label={t('circles.fieldAttendees')} value={attendees} onChange={setAttendees} size={6} error={problems.forField('attendeeCount')} />
      <CheckboxFieldset
        id={FIELDS.sectorsPresent} legend={t('circles.fieldSectorsPresent')} selected={sectors} onChange={setSectors} columns
        options={codesOf(SECTORS).map((code) => ({ value: code, label: label(SECTORS, code, language) }))}
        error={problems.forField('sectorsPresent')}
      />
      <TextareaField
        id={FIELDS.summary} label={t('circles.fieldSummary')} description={t('circles.summaryHint')}
        value={summary} onChange={setSummary} error={problems.forField('summary')}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" aria-disabled={command.busy || undefined}>{t('circles.recordSession')}</Button>
      </ActionGroup>
    </form>
  );
}

import { ActionGroup, Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/form-problems';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import { codesOf, label, SECTORS } from '../../vocabulary';

const FIELDS = {
  'person.name': 'veld-deelnemer-naam', 'person.email': 'veld-deelnemer-email', person: 'veld-deelnemer-naam',
  organisation: 'veld-deelnemer-organisatie', role: 'veld-deelnemer-functie', sector: 'veld-deelnemer-sector',
};

export function AddParticipantForm({ circleId, onAdded }: { readonly circleId: string; onAdded(name: string): void }) {
  const { t, language } = useI18n();
  const command = useCommand('addParticipant', FIELDS);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [sector, setSector] = useState('JEUGDHULP');
  const { problems } = command;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command.run({
      circleId, organisation, role, sector, person: { name, ...(email.trim() ? { email: email.trim() } : {}) },
    });
    if (!result) return;
    onAdded(name);
    setName('');
    setEmail('');
    setOrganisation('');
    setRole('');
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-add-participant-title">
      <Heading level={3} id="lk-add-participant-title">{t('circles.addParticipantTitle')}</Heading>
      <ErrorSummary problems={problems} />
      <TextField id={FIELDS['person.name']} label={t('circles.fieldName')} value={name} onChange={setName} autoComplete="off" error={problems.forField('person.name')} />
      <TextField id={FIELDS['person.email']} type="email" label={t('circles.fieldEmail')} value={email} onChange={setEmail} error={problems.forField('person.email')} />
      <TextField id={FIELDS.organisation} label={t('circles.fieldOrganisation')} value={organisation} onChange={setOrganisation} error={problems.forField('organisation')} />
      <TextField id={FIELDS.role} label={t('circles.fieldRole')} value={role} onChange={setRole} error={problems.forField('role')} />
      <SelectField
        id={FIELDS.sector} label={t('circles.fieldSector')} value={sector} onChange={setSector}
        options={codesOf(SECTORS).map((code) => ({ value: code, label: label(SECTORS, code, language) }))}
        error={problems.forField('sector')}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" aria-disabled={command.busy || undefined}>{t('circles.addParticipant')}</Button>
      </ActionGroup>
    </form>
  );
}

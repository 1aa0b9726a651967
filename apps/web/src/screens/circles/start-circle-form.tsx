import { ActionGroup, Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { SelectField, TextareaField, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/form-problems';
import { useCommand } from '../../components/use-command';
import { todayInNetherlands } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { codesOf, label, THEMES } from '../../vocabulary';
import type { RegionForCircles } from './circles.queries';

const FIELDS = {
  title: 'veld-cirkel-titel', themes: 'veld-cirkel-themas', description: 'veld-cirkel-beschrijving',
  startedOn: 'veld-cirkel-start', transformationPlanId: 'veld-cirkel-plan', developerId: 'veld-cirkel-ontwikkelaar',
};

/** An ontwikkelaar starts a circle in one of their regions; the region's plan is optional. */
export function StartCircleForm(props: {
  readonly region: RegionForCircles;
  readonly developerId: string | undefined;
  onStarted(circleId: string, title: string): void;
}) {
  const { t, language } = useI18n();
  const command = useCommand('startCircle', FIELDS);
  const [title, setTitle] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [startedOn, setStartedOn] = useState(todayInNetherlands);
  const [planId, setPlanId] = useState('');
  const [developerId, setDeveloperId] = useState(props.developerId ?? props.region.developers[0]?.id ?? '');
  const { problems } = command;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command.run({
      regionId: props.region.id, developerId, title, themes, startedOn,
      ...(description.trim() ? { description } : {}), ...(planId ? { transformationPlanId: planId } : {}),
    });
    if (result) props.onStarted(result.aggregateId, title);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-start-circle-title">
      <Heading level={2} id="lk-start-circle-title">{t('circles.startTitle')}</Heading>
      <ErrorSummary problems={problems} />
      <TextField id={FIELDS.title} label={t('circles.fieldTitle')} value={title} onChange={setTitle} error={problems.forField('title')} />
      <CheckboxFieldset
        id={FIELDS.themes} legend={t('circles.fieldThemes')} selected={themes} onChange={setThemes} columns
        options={codesOf(THEMES).map((code) => ({ value: code, label: label(THEMES, code, language) }))}
        error={problems.forField('themes')}
      />
      <TextareaField id={FIELDS.description} label={t('circles.fieldDescription')} value={description} onChange={setDescription} rows={3} error={problems.forField('description')} />
      <TextField id={FIELDS.startedOn} type="date" label={t('circles.fieldStartedOn')} value={startedOn} onChange={setStartedOn} error={problems.forField('startedOn')} />
      {props.region.transformationPlans.length > 0 && (
        <SelectField
          id={FIELDS.transformationPlanId} label={t('circles.fieldPlan')} value={planId} onChange={setPlanId} emptyOption={t('common.none')}
          options={props.region.transformationPlans.map((plan) => ({ value: plan.id, label: plan.title }))}
          error={problems.forField('transformationPlanId')}
        />
      )}
      {!props.developerId && (
        <SelectField
          id={FIELDS.developerId} label={t('circles.fieldDeveloper')} value={developerId} onChange={setDeveloperId}
          options={props.region.developers.map((d) => ({ value: d.id, label: d.name ?? d.id }))}
          error={problems.forField('developerId')}
        />
      )}
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" aria-disabled={command.busy || undefined}>{t('circles.start')}</Button>
      </ActionGroup>
    </form>
  );
}

import { ActionGroup, Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { SelectField, TextareaField, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/form-problems';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import { codesOf, EVIDENCE_LEVELS, KNOWLEDGE_SOURCES, label, LEARNING_ORIGINS, THEMES, type Theme } from '../../vocabulary';

const FIELDS = {
  title: 'veld-les-titel', insight: 'veld-les-inzicht', themes: 'veld-les-themas', evidenceLevel: 'veld-les-bewijs',
  knowledgeSources: 'veld-les-bronnen', origin: 'veld-les-herkomst', successFactors: 'veld-les-factoren',
};

/** Captures what the circle learned; the circle's region is where it comes from. */
export function CaptureLearningForm(props: {
  readonly circleId: string;
  readonly circleThemes: readonly Theme[];
  onCaptured(learningId: string): void;
}) {
  const { t, language } = useI18n();
  const command = useCommand('captureLearning', FIELDS);
  const [title, setTitle] = useState('');
  const [insight, setInsight] = useState('');
  const [themes, setThemes] = useState<string[]>([...props.circleThemes]);
  const [evidence, setEvidence] = useState('NIET_BEOORDEELD');
  const [sources, setSources] = useState<string[]>(['PRAKTIJK']);
  const [origin, setOrigin] = useState('SESSIE');
  const [factors, setFactors] = useState('');
  const { problems } = command;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const successFactors = factors.split('\n').map((line) => line.trim()).filter(Boolean);
    const result = await command.run({
      circleId: props.circleId, title, insight, themes, evidenceLevel: evidence, knowledgeSources: sources, origin,
      ...(successFactors.length ? { successFactors } : {}),
    });
    if (result) props.onCaptured(result.aggregateId);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-capture-title">
      <Heading level={3} id="lk-capture-title">{t('circles.captureTitle')}</Heading>
      <ErrorSummary problems={problems} />
      <TextField id={FIELDS.title} label={t('circles.fieldTitle')} value={title} onChange={setTitle} error={problems.forField('title')} />
      <TextareaField id={FIELDS.insight} label={t('circles.fieldInsight')} description={t('circles.summaryHint')} value={insight} onChange={setInsight} rows={5} error={problems.forField('insight')} />
      <CheckboxFieldset
        id={FIELDS.themes} legend={t('circles.fieldThemes')} selected={themes} onChange={setThemes} columns
        options={codesOf(THEMES).map((code) => ({ value: code, label: label(THEMES, code, language) }))}
        error={problems.forField('themes')}
      />
      <SelectField
        id={FIELDS.evidenceLevel} label={t('circles.fieldEvidence')} value={evidence} onChange={setEvidence}
        options={codesOf(EVIDENCE_LEVELS).map((code) => ({ value: code, label: label(EVIDENCE_LEVELS, code, language) }))}
        error={problems.forField('evidenceLevel')}
      />
      <CheckboxFieldset
        id={FIELDS.knowledgeSources} legend={t('circles.fieldSources')} selected={sources} onChange={setSources}
        options={codesOf(KNOWLEDGE_SOURCES).map((code) => ({ value: code, label: label(KNOWLEDGE_SOURCES, code, language) }))}
        error={problems.forField('knowledgeSources')}
      />
      <SelectField
        id={FIELDS.origin} label={t('circles.fieldOrigin')} value={origin} onChange={setOrigin}
        options={codesOf(LEARNING_ORIGINS).map((code) => ({ value: code, label: label(LEARNING_ORIGINS, code, language) }))}
        error={problems.forField('origin')}
      />
      <TextareaField id={FIELDS.successFactors} label={t('circles.fieldFactors')} value={factors} onChange={setFactors} rows={3} error={problems.forField('successFactors')} />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" aria-disabled={command.busy || undefined}>{t('circles.capture')}</Button>
      </ActionGroup>
    </form>
  );
}

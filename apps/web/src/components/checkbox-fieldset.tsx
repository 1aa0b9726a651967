import { Fieldset, FormFieldCheckboxOption, FormFieldErrorMessage, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, type ReactNode } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: ReactNode;
}

/** A choice of several: a fieldset with its legend, one checkbox per option, the error under the legend. */
export function CheckboxFieldset(props: {
  readonly id: string;
  readonly legend: ReactNode;
  readonly options: readonly CheckboxOption[];
  readonly selected: readonly string[];
  onChange(selected: string[]): void;
  readonly error?: string | undefined;
  readonly description?: ReactNode;
  readonly columns?: boolean;
}) {
  const errorId = useId();
  const descriptionId = useId();
  const { id, legend, options, selected, onChange, error, description } = props;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  return (
    <Fieldset id={id} legend={legend} invalid={Boolean(error)} aria-describedby={describedBy} className="lk-checkbox-fieldset">
      {description && <Paragraph id={descriptionId} className="lk-description">{description}</Paragraph>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <div className={props.columns ? 'lk-checkbox-columns' : undefined}>
        {options.map((option) => (
          <FormFieldCheckboxOption
            key={option.value}
            label={option.label}
            name={id}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

import {
  FormFieldSelect, FormFieldTextarea, FormFieldTextInput, SelectOption,
} from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

/**
 * The design system's form fields, each in a wrapper with a stable id: the error summary links
 * to it, and its message shows under the label (linked with aria-describedby by the component).
 */
interface FieldBase {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  onChange(value: string): void;
  readonly error?: string | undefined;
  readonly description?: ReactNode;
  readonly required?: boolean;
}

export function TextField(props: FieldBase & {
  readonly type?: 'text' | 'date' | 'email' | 'search' | 'number';
  readonly autoComplete?: string;
  readonly size?: number;
}) {
  return (
    <div id={props.id} className="lk-field">
      <FormFieldTextInput
        label={props.label}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        description={props.description}
        required={props.required}
        autoComplete={props.autoComplete ?? 'off'}
        size={props.size}
        onChange={(event) => props.onChange((event.target as HTMLInputElement).value)}
      />
    </div>
  );
}

export function TextareaField(props: FieldBase & { readonly rows?: number }) {
  return (
    <div id={props.id} className="lk-field">
      <FormFieldTextarea
        label={props.label}
        name={props.id}
        value={props.value}
        rows={props.rows ?? 4}
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        description={props.description}
        required={props.required}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

export function SelectField(props: FieldBase & {
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** A first option meaning "none chosen" (for optional filters). */
  readonly emptyOption?: string;
}) {
  return (
    <div id={props.id} className="lk-field">
      <FormFieldSelect
        label={props.label}
        name={props.id}
        value={props.value}
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        {...(typeof props.description === 'string' ? { description: props.description } : {})}
        required={props.required}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.emptyOption !== undefined && <SelectOption value="">{props.emptyOption}</SelectOption>}
        {props.options.map((option) => <SelectOption key={option.value} value={option.value}>{option.label}</SelectOption>)}
      </FormFieldSelect>
    </div>
  );
}

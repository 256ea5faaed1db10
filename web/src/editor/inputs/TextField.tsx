/** A text field of the document: one line or growing text; blank optional text is stored as null. */
import { Input } from 'antd';
import type { ReactNode } from 'react';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { GrowingTextArea } from './GrowingTextArea';

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  multiline,
  required,
  placeholder,
  status,
}: {
  path: string;
  label?: ReactNode;
  hint?: ReactNode;
  value: string | null | undefined;
  onChange: (v: string | null) => void;
  multiline?: boolean | { minRows: number; maxRows: number };
  /** Required text is kept as '' when blank (the schema then flags it); optional text becomes null. */
  required?: boolean;
  placeholder?: string;
  status?: 'error' | 'warning';
}) {
  const editable = useEditor().canEdit(path);
  const change = (v: string) => onChange(v === '' && !required ? null : v);
  const st = status ?? (required && !value?.trim() ? 'error' : undefined);
  const input = multiline ? (
    <GrowingTextArea
      value={value ?? ''}
      onChange={(e) => change(e.target.value)}
      readOnly={!editable}
      maxRows={multiline === true ? 8 : multiline.maxRows}
      placeholder={placeholder}
      status={st}
    />
  ) : (
    <Input
      value={value ?? ''}
      onChange={(e) => change(e.target.value)}
      readOnly={!editable}
      placeholder={placeholder}
      status={st}
    />
  );
  return (
    <Field path={path} label={label} hint={hint}>
      {input}
    </Field>
  );
}

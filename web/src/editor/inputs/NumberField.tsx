/** A number of the document (万元, %, 分); blank is null. */
import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';

export function NumberField({
  path,
  label,
  hint,
  value,
  onChange,
  unit,
  min,
  max,
  precision,
  width,
}: {
  path: string;
  label?: ReactNode;
  hint?: ReactNode;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  unit?: string;
  min?: number;
  max?: number;
  precision?: number;
  width?: number | string;
}) {
  const editable = useEditor().canEdit(path);
  return (
    <Field path={path} label={label} hint={hint}>
      <InputNumber<number>
        value={value ?? null}
        onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? v : null)}
        readOnly={!editable}
        min={min}
        max={max}
        precision={precision}
        suffix={unit}
        style={{ width: width ?? '100%' }}
        controls={false}
      />
    </Field>
  );
}

/**
 * A number of the document (万元, %, 分, a count, a year), typed as text: what the core reads exactly is taken, what it
 * cannot read stays on screen as typed with the reason at the field, and is kept in the document's `drafts` (never a
 * guess in its place). Blank is null.
 */
import { Input } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import type { FieldRegistry } from '../../../../src/core/model/fields';
import { formatNumber, type NumberKind, readNumber } from '../../../../src/core/number-input';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { useFields } from '../kind-context';

interface NumberFieldProps {
  /** The value's document path: it names the field in messages and keys its typed text. */
  path: string;
  /** The path the field is found by when it differs (a row the document does not have yet). */
  anchor?: string;
  label?: ReactNode;
  hint?: ReactNode;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  unit?: string;
  /** How typed text is read; by default the registry's kind for `path`. */
  kind?: NumberKind;
  width?: number | string;
  size?: 'small' | 'middle';
  /** Shown while the field is valid, e.g. a missing score. */
  status?: 'warning';
  'aria-label'?: string;
}

function kindOf(fields: FieldRegistry, path: string): NumberKind {
  const kind = fields.fieldAt(path)?.number;
  if (!kind) console.error(`字段 ${path} 不在字段表中，按带符号金额读取`);
  return kind ?? 'signedAmount';
}

/** An amount in 万元: never negative. */
export function AmountField(props: Omit<NumberFieldProps, 'unit' | 'kind'>) {
  return <NumberField {...props} unit="万元" kind="amount" />;
}

export function NumberField({
  path,
  anchor,
  label,
  hint,
  value,
  onChange,
  unit,
  kind: given,
  width,
  size,
  status,
  'aria-label': ariaLabel,
}: NumberFieldProps) {
  const { canEdit, drafts, setDraft } = useEditor();
  const fields = useFields();
  const { fieldAt, fieldLabel } = fields;
  const editable = canEdit(anchor ?? path);
  const kind = given ?? kindOf(fields, path);
  // A number the document cannot leave empty keeps its last valid value while typed text waits beside it.
  const required = fieldAt(path)?.required === true;
  const typed = drafts?.[path];
  const shown = typed ?? formatNumber(value, kind);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  // A value that changed elsewhere (a merge, a restored version) shows once the field is not being typed in.
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const read = readNumber(text, kind, fieldLabel(path));
  const reading =
    required && read.ok && read.value === null
      ? { ok: false as const, message: `「${fieldLabel(path)}」不能为空` }
      : read;

  const change = (t: string) => {
    setText(t);
    const r = readNumber(t, kind);
    // The value first, then the typed text: a draft is only kept where the field is empty.
    if (r.ok && !(required && r.value === null)) {
      if (r.value !== (value ?? null)) onChange(r.value);
      if (typed !== undefined) setDraft?.(path, null);
    } else {
      if (value !== null && !required) onChange(null);
      if (typed !== t) setDraft?.(path, t);
    }
  };

  return (
    <Field path={anchor ?? path} label={label} hint={hint} error={reading.ok ? null : reading.message}>
      <Input
        value={text}
        onChange={(e) => change(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        readOnly={!editable}
        suffix={unit}
        size={size}
        inputMode="decimal"
        status={reading.ok ? status : 'error'}
        style={{ width: width ?? '100%' }}
        aria-label={ariaLabel ?? (typeof label === 'string' ? label : fieldLabel(path))}
        aria-invalid={!reading.ok}
      />
    </Field>
  );
}

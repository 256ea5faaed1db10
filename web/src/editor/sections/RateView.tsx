/** A computed rate shown read-only beside the inputs it comes from. */
import type { ReactNode } from 'react';
import { Field } from '../Field';

export function RateView({
  path,
  label,
  value,
  hint,
}: {
  path: string;
  label: string;
  value: string | null;
  hint?: ReactNode;
}) {
  return (
    <Field path={path} label={label} hint={hint}>
      <div style={{ fontSize: 18, fontWeight: 600, lineHeight: '32px' }} data-testid={`rate-${path}`}>
        {value ?? '—'}
      </div>
    </Field>
  );
}

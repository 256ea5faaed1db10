/** A row of a side panel that jumps to a field of the form, by click or Enter. */
import type { CSSProperties, ReactNode } from 'react';

export function JumpRow({
  onJump,
  style,
  children,
  ...data
}: {
  /** null when the row concerns no field: it is then plain text. */
  onJump: (() => void) | null;
  style?: CSSProperties;
  children: ReactNode;
  'data-testid'?: string;
  'data-code'?: string;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of text that jumps to a field
    <div
      role="button"
      tabIndex={0}
      className={onJump ? 'jx-clickable' : undefined}
      onClick={() => onJump?.()}
      onKeyDown={(e) => e.key === 'Enter' && onJump?.()}
      style={{ padding: '4px 2px', borderBottom: '1px solid #f0f0f0', ...style }}
      {...data}
    >
      {children}
    </div>
  );
}

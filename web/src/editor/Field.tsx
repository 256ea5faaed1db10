/** A labelled place in the editor that carries its document path, so scores, findings and comments can point at it. */
import type { CSSProperties, ReactNode } from 'react';
import { CommentMark } from './CommentMark';
import { useEditor } from './EditorContext';

export function Field({
  path,
  label,
  hint,
  error,
  children,
  style,
}: {
  path: string;
  label?: ReactNode;
  hint?: ReactNode;
  /** Why what was typed here is not taken yet, in Chinese, shown under the input. */
  error?: string | null;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const comments = useEditor().commentsByPath.get(path);
  const cls = ['jx-field', comments && 'jx-has-comment', error && 'jx-has-error'].filter(Boolean).join(' ');
  return (
    <div className={cls} data-path={path} style={style}>
      {(label || comments) && (
        <div className="jx-field-label">
          {label}
          {comments && <CommentMark comments={comments} />}
        </div>
      )}
      {children}
      {error && (
        <div className="jx-field-error" role="alert" data-testid="field-error">
          {error}
        </div>
      )}
      {hint && <div className="jx-hint">{hint}</div>}
    </div>
  );
}

/** A labelled place in the editor that carries its document path, so scores, findings and comments can point at it. */
import type { CSSProperties, ReactNode } from 'react';
import { CommentMark } from './CommentMark';
import { useEditor } from './EditorContext';

export function Field({
  path,
  label,
  hint,
  children,
  style,
}: {
  path: string;
  label?: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const comments = useEditor().commentsByPath.get(path);
  return (
    <div className={comments ? 'jx-field jx-has-comment' : 'jx-field'} data-path={path} style={style}>
      {(label || comments) && (
        <div className="jx-field-label">
          {label}
          {comments && <CommentMark comments={comments} />}
        </div>
      )}
      {children}
      {hint && <div className="jx-hint">{hint}</div>}
    </div>
  );
}

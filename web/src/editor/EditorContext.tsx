/** What every field of the editor needs to know: may it be edited, and which comments are on it. */
import { createContext, useContext } from 'react';
import type { Comment } from '../api';

export interface EditorState {
  /** Whether the field at a document path may be edited by the current user. */
  canEdit: (path: string) => boolean;
  /** Comments attached to a field, by normalized path. */
  commentsByPath: ReadonlyMap<string, Comment[]>;
  /** Usernames offered for the owner of an indicator. */
  owners: readonly string[];
}

const ALL_READ_ONLY: EditorState = { canEdit: () => false, commentsByPath: new Map(), owners: [] };

export const EditorContext = createContext<EditorState>(ALL_READ_ONLY);

export function useEditor(): EditorState {
  return useContext(EditorContext);
}

/** What every field of the editor needs to know: may it be edited, which comments are on it, what was typed but not taken. */
import { createContext, useContext } from 'react';
import type { Comment } from '../api';

export interface EditorState {
  /** Whether the field at a document path may be edited by the current user. */
  canEdit: (path: string) => boolean;
  /** Comments attached to a field, by normalized path. */
  commentsByPath: ReadonlyMap<string, Comment[]>;
  /** Usernames offered for the owner of an indicator. */
  owners: readonly string[];
  /** Text typed into number fields that is not a number yet, by field path (the document's `drafts`). */
  drafts?: Readonly<Record<string, string>>;
  /** Keep (or, with null, clear) the typed text of a number field; without it typed text stays on screen only. */
  setDraft?: (path: string, text: string | null) => void;
}

const ALL_READ_ONLY: EditorState = { canEdit: () => false, commentsByPath: new Map(), owners: [] };

export const EditorContext = createContext<EditorState>(ALL_READ_ONLY);

export function useEditor(): EditorState {
  return useContext(EditorContext);
}

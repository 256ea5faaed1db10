/** Who may edit what in this evaluation: the field policy, whether the form is editable at all, the owners offered. */
import { useMemo, useRef } from 'react';
import type { Status, User } from '../api';
import { isLocked } from '../lib/permissions';
import type { AnyDoc, DocKind } from './kinds';

export interface EditRights {
  canEdit: (path: string) => boolean;
  /** The document can be changed by this user now (autosave runs only then). */
  editable: boolean;
  /** Usernames offered for the owner of an indicator. */
  owners: readonly string[];
}

export function useEditRights<D extends AnyDoc>(
  kind: Pick<DocKind<D>, 'policy' | 'policyKey'>,
  user: User,
  record: { status: Status; allowedActions: readonly string[] },
  doc: D,
): EditRights {
  const serverSaysEdit = record.allowedActions.includes('update');
  // Who owns what is all the policy reads from the document: keyed on that, typing elsewhere does not hand every
  // field a new context (which would re-render the whole form on each keystroke).
  const ownerList = doc.indicators.map((i) => i.owner ?? '');
  const ownerKey = kind.policyKey(doc);
  const docRef = useRef(doc);
  docRef.current = doc;
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for what the policy reads of the document
  const canEdit = useMemo(() => {
    const policy = kind.policy(user, record.status, docRef.current);
    return serverSaysEdit ? policy : () => false;
  }, [kind, user, record.status, ownerKey, serverSaysEdit]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for the owners read here
  const owners = useMemo(
    () => [...new Set([user.username, ...ownerList.filter(Boolean)])],
    [user.username, ownerKey],
  );
  const editable = serverSaysEdit && !isLocked(record.status) && user.role !== 'reviewer';
  return { canEdit, editable, owners };
}

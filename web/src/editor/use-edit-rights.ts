/** Who may edit what in this evaluation: the field policy, whether the form is editable at all, the owners offered. */
import { useMemo } from 'react';
import type { Evaluation } from '../../../src/core/model';
import type { EvaluationRecord, User } from '../api';
import { editPolicy, isLocked } from '../lib/permissions';

export interface EditRights {
  canEdit: (path: string) => boolean;
  /** The document can be changed by this user now (autosave runs only then). */
  editable: boolean;
  /** Usernames offered for the owner of an indicator. */
  owners: readonly string[];
}

export function useEditRights(user: User, record: EvaluationRecord, doc: Evaluation): EditRights {
  const serverSaysEdit = record.allowedActions.includes('update');
  // Who owns which indicator is all the policy reads from the document: keyed on that, typing elsewhere does not
  // hand every field a new context (which would re-render the whole form on each keystroke).
  const ownerList = doc.indicators.map((i) => i.owner ?? '');
  const ownerKey = ownerList.join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for the owners read here
  const canEdit = useMemo(() => {
    const policy = editPolicy(user, record.status, {
      indicators: ownerList.map((owner) => ({ name: '', owner })),
    });
    return serverSaysEdit ? policy : () => false;
  }, [user, record.status, ownerKey, serverSaysEdit]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for the owners read here
  const owners = useMemo(
    () => [...new Set([user.username, ...ownerList.filter(Boolean)])],
    [user.username, ownerKey],
  );
  const editable = serverSaysEdit && !isLocked(record.status) && user.role !== 'reviewer';
  return { canEdit, editable, owners };
}

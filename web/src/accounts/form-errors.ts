/** Form helpers of the account screens: the password policy as a field rule, server refusals shown at their field. */
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { passwordProblem } from '../../../src/core/password';
import { ApiError } from '../api';

/** The policy of src/core/password as an antd rule: the same Chinese sentence the server would answer. */
export function passwordRule(username: () => string | null | undefined): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const problem = passwordProblem(value, { username: username() });
      if (problem) throw new Error(problem);
    },
  };
}

/**
 * Put a refusal the server tied to one of this form's fields (`error.field`, e.g. `weak_password` on `newPassword`)
 * under that field; false when it names none of them, for the caller to show it otherwise.
 */
export function showAtField(form: FormInstance, e: unknown, fields: readonly string[]): boolean {
  if (!(e instanceof ApiError) || typeof e.body.field !== 'string' || !fields.includes(e.body.field))
    return false;
  form.setFields([{ name: e.body.field, errors: [e.message] }]);
  return true;
}

/** A random password of 14 characters without look-alikes, for a temporary one (checked against the policy). */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(14));
    const pw = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    if (!passwordProblem(pw)) return pw;
  }
}

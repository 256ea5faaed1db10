/** Password hashing with argon2id; the cost comes from the configuration (lower only in tests). */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Config } from '../../config';
import { checkPassword } from '../../core/password';
import { AppError } from '../errors';

/** @node-rs/argon2's `Algorithm.Argon2id` (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
  /** Spend the time of a verification when there is no such user, so timing does not tell. */
  burn(password: string): Promise<void>;
}

export function createHasher(cost: Config['argon2']): PasswordHasher {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: cost.memoryCost,
    timeCost: cost.timeCost,
    parallelism: 1,
  };
  let dummy: Promise<string> | null = null;
  return {
    hash: (password) => hash(password, options),
    async verify(hashed, password) {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
    async burn(password) {
      dummy ??= hash(randomBytes(16).toString('hex'), options);
      await verify(await dummy, password).catch(() => false);
    },
  };
}

/** A random password people can type: 16 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Throw 400 `weak_password` with the policy's first Chinese sentence when the password breaks it; `field` names the
 * form field for the browser, `issues` lists every problem.
 */
export function assertPasswordPolicy(password: string, username: string, field: string): void {
  const issues = checkPassword(password, { username });
  if (issues.length === 0) return;
  throw new AppError('weak_password', issues[0]!.message, {
    field,
    issues: issues.map((i) => ({ code: i.code, message: i.message })),
  });
}

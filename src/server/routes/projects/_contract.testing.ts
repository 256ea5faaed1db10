/** Test helper of the project routes: the JSON sent is exactly what the contract describes. */
import { expect } from 'vitest';

/** What the server sends is exactly what the contract says (objects drop keys they do not know). */
export function expectContract(
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
  json: unknown,
) {
  const parsed = schema.safeParse(json);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(json);
}

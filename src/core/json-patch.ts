/**
 * A structural patch between two JSON values, for storing a version as its change against the one before.
 * `applyJsonPatch(a, diffJson(a, b))` gives back `b` exactly, key order included, so its JSON text is the same.
 * (The field-by-field diff people read is `diff.ts`; this one is for storage and is never shown.)
 */

/** How one value becomes another: replaced whole, an object's keys patched, or an array's items patched. */
export type JsonPatch =
  | { v: unknown }
  | {
      /** Patched or added keys. */
      o: Record<string, JsonPatch>;
      /** Removed keys. */
      d?: string[];
      /** The new key order, only when it is not the old keys (less the removed) followed by the added ones. */
      k?: string[];
    }
  | {
      /** The new length. */
      a: number;
      /** Patched items by index; items past the old length are `{ v }`. */
      e: Record<string, JsonPatch>;
    };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Set a key as an own property, so that a key named `__proto__` (JSON allows it) stays a key. */
function put<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function diffObject(a: Record<string, unknown>, b: Record<string, unknown>): JsonPatch | null {
  const o: Record<string, JsonPatch> = {};
  let changed = false;
  const added: string[] = [];
  for (const key of Object.keys(b)) {
    if (!Object.hasOwn(a, key)) {
      put(o, key, { v: b[key] });
      added.push(key);
      changed = true;
      continue;
    }
    const p = diffJson(a[key], b[key]);
    if (p) {
      put(o, key, p);
      changed = true;
    }
  }
  const d = Object.keys(a).filter((key) => !Object.hasOwn(b, key));
  const order = [...Object.keys(a).filter((key) => Object.hasOwn(b, key)), ...added];
  const keys = Object.keys(b);
  const reordered = order.some((key, i) => keys[i] !== key);
  if (!changed && d.length === 0 && !reordered) return null;
  return { o, ...(d.length ? { d } : {}), ...(reordered ? { k: keys } : {}) };
}

function diffArray(a: unknown[], b: unknown[]): JsonPatch | null {
  const e: Record<string, JsonPatch> = {};
  let changed = a.length !== b.length;
  for (let i = 0; i < b.length; i++) {
    const p = i < a.length ? diffJson(a[i], b[i]) : { v: b[i] };
    if (p) {
      e[i] = p;
      changed = true;
    }
  }
  return changed ? { a: b.length, e } : null;
}

/**
 * The patch that turns `a` into `b`, or null when they are the same JSON.
 * @example diffJson({ year: 2022, title: 'x' }, { year: 2023, title: 'x' }) // { o: { year: { v: 2023 } } }
 */
export function diffJson(a: unknown, b: unknown): JsonPatch | null {
  if (isObject(a) && isObject(b)) return diffObject(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return diffArray(a, b);
  if (a === b && (a === null || typeof a !== 'object')) return null;
  return { v: b };
}

/** `a` with the patch applied (a new value; `a` is not changed). A null patch gives `a` back. */
export function applyJsonPatch(a: unknown, patch: JsonPatch | null): unknown {
  if (patch === null) return a;
  if ('v' in patch) return patch.v;
  if ('a' in patch) {
    const from = Array.isArray(a) ? a : [];
    const out: unknown[] = [];
    for (let i = 0; i < patch.a; i++) {
      const p = Object.hasOwn(patch.e, i) ? patch.e[i] : undefined;
      out.push(p ? applyJsonPatch(from[i], p) : from[i]);
    }
    return out;
  }
  const from = isObject(a) ? a : {};
  const removed = new Set(patch.d ?? []);
  const keys = patch.k ?? [
    ...Object.keys(from).filter((key) => !removed.has(key)),
    ...Object.keys(patch.o).filter((key) => !Object.hasOwn(from, key)),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const p = Object.hasOwn(patch.o, key) ? patch.o[key] : undefined;
    const old = Object.hasOwn(from, key) ? from[key] : undefined;
    put(out, key, p ? applyJsonPatch(old, p) : old);
  }
  return out;
}

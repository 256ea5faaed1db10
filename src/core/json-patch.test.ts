import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nanzhou from '../../examples/nanzhou-2023.json';
import { applyJsonPatch, diffJson } from './json-patch';

/** A JSON value and a second one made from it by random edits, so the two share most of their structure. */
const json = fc.jsonValue({ maxDepth: 4 });

describe('diffJson and applyJsonPatch', () => {
  it('give back the second value exactly, key order included, for any two JSON values', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const patch = diffJson(a, b);
        const text = JSON.stringify(patch);
        // The patch survives storage as JSON text.
        const stored = JSON.parse(text ?? 'null');
        expect(JSON.stringify(applyJsonPatch(a, stored))).toBe(JSON.stringify(b));
      }),
      { numRuns: 500 },
    );
  });

  it('give back an edited copy exactly: values changed, keys and items added and removed deep inside', () => {
    /** `v` with random edits chosen by `pick` (a stream of numbers from fast-check). */
    const mutate = (v: unknown, pick: () => number, fresh: unknown): unknown => {
      const r = pick() % 10;
      if (r === 0) return fresh;
      if (Array.isArray(v)) {
        const out = v.map((x) => (pick() % 3 === 0 ? mutate(x, pick, fresh) : x));
        if (r === 1) out.splice(pick() % (out.length + 1), 0, fresh);
        if (r === 2 && out.length) out.splice(pick() % out.length, 1);
        return out;
      }
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) {
          if (r === 3 && pick() % 4 === 0) continue;
          Object.defineProperty(out, k, {
            value: pick() % 3 === 0 ? mutate(x, pick, fresh) : x,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        if (r === 4) out[`new${pick()}`] = fresh;
        return r === 5 ? Object.fromEntries(Object.entries(out).reverse()) : out;
      }
      return v;
    };
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), json, (a, seq, fresh) => {
        let i = 0;
        const b = mutate(a, () => seq[i++ % seq.length]! + i, fresh);
        const stored = JSON.parse(JSON.stringify(diffJson(a, b)) ?? 'null');
        expect(JSON.stringify(applyJsonPatch(a, stored))).toBe(JSON.stringify(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('give null between equal values, and leave the first value unchanged', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(diffJson(a, structuredClone(a))).toBeNull();
        const before = JSON.stringify(a);
        applyJsonPatch(a, diffJson(a, b));
        expect(JSON.stringify(a)).toBe(before);
      }),
    );
  });

  it('keep a key named __proto__ as a key', () => {
    const a = JSON.parse('{"x":1}');
    const b = JSON.parse('{"x":1,"__proto__":{"polluted":true}}');
    const out = applyJsonPatch(a, JSON.parse(JSON.stringify(diffJson(a, b))));
    expect(JSON.stringify(out)).toBe('{"x":1,"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('record one edited indicator of a report as a patch of a few dozen bytes', () => {
    const next = structuredClone(nanzhou) as typeof nanzhou;
    next.indicators[3]!.actual = '已完成 105%';
    const patch = JSON.stringify(diffJson(nanzhou, next));
    expect(patch).toBe(
      '{"o":{"indicators":{"a":' +
        nanzhou.indicators.length +
        ',"e":{"3":{"o":{"actual":{"v":"已完成 105%"}}}}}}}',
    );
    expect(patch.length).toBeLessThan(80);
  });

  it('record a change of key order, a removed key and a shortened list', () => {
    const a = { b: 1, a: [1, 2, 3], c: 'x' };
    const b = { a: [1, 2], b: 1 };
    const patch = diffJson(a, b);
    expect(patch).toEqual({ o: { a: { a: 2, e: {} } }, d: ['c'], k: ['a', 'b'] });
    expect(JSON.stringify(applyJsonPatch(a, patch))).toBe(JSON.stringify(b));
  });
});

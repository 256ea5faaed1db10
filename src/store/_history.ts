/**
 * How a version of an evaluation is kept: a full copy every few versions, and in between its patch against the
 * version before (`src/core/json-patch.ts`), each deflated. Any version is its last full copy with the patches
 * after it applied in order. Compression runs on libuv's thread pool, not on the event loop.
 */
import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import { applyJsonPatch, diffJson, type JsonPatch } from '../core/json-patch';

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

/** A full copy at versions 1, 1 + N, 1 + 2N …: reading any version applies at most N − 1 patches. */
export const FULL_EVERY = 16;

export type VersionKind = 'full' | 'patch';

export interface PackedVersion {
  kind: VersionKind;
  packed: Buffer;
}

/** A stored version as read back: packed (`packed` set), or a whole JSON text from before packing (`data`). */
export interface StoredVersion {
  kind: VersionKind;
  packed: Buffer | Uint8Array | null;
  data: string;
}

/**
 * Version `version`'s document (its JSON text `next`) as it is to be stored; `previous` is the JSON text of the
 * version before it (null for the first). A patch not much smaller than the document is stored as a full copy.
 */
export async function packVersion(
  version: number,
  next: string,
  previous: string | null,
): Promise<PackedVersion> {
  if (previous !== null && (version - 1) % FULL_EVERY !== 0) {
    const patch = JSON.stringify(diffJson(JSON.parse(previous), JSON.parse(next)));
    if (patch.length * 2 < next.length) return { kind: 'patch', packed: await deflateAsync(patch) };
  }
  return { kind: 'full', packed: await deflateAsync(next) };
}

const textOf = async (row: StoredVersion) =>
  row.packed ? (await inflateAsync(row.packed)).toString('utf8') : row.data;

/**
 * The document of the last of `rows`: consecutive versions in order, the first of them a full copy.
 * @throws when the first row is a patch (the rows do not start at a full copy).
 */
export async function unpackVersions(rows: readonly StoredVersion[]): Promise<unknown> {
  const [first, ...rest] = rows;
  if (first?.kind !== 'full') throw new Error('版本历史缺少完整副本，无法还原该版本');
  let doc: unknown = JSON.parse(await textOf(first));
  for (const row of rest) {
    const text = await textOf(row);
    doc = row.kind === 'full' ? JSON.parse(text) : applyJsonPatch(doc, JSON.parse(text) as JsonPatch | null);
  }
  return doc;
}

/** Which management item a rubric node scores: one lookup for the engine, the audit and validation. */
import type { ManagementItem } from '../model';
import { nameKey } from '../text';

/** The part of a rubric node an item is matched by. */
export interface NamedNode {
  name: string;
  aliases?: string[] | undefined;
}

export interface ItemHit {
  item: ManagementItem;
  /** Index in `evaluation.management`. */
  index: number;
}

/** Management items by the name key of their `item`; for duplicates the first (validation rejects duplicates). */
export type ItemIndex = ReadonlyMap<string, ItemHit>;

export function indexItems(items: readonly ManagementItem[]): ItemIndex {
  const m = new Map<string, ItemHit>();
  items.forEach((item, index) => {
    const k = nameKey(item.item);
    if (!m.has(k)) m.set(k, { item, index });
  });
  return m;
}

/** The keys a node is matched by, in order of preference: its name, then its aliases. */
export function nodeKeys(node: NamedNode): string[] {
  return [node.name, ...(node.aliases ?? [])].map(nameKey);
}

/**
 * The management item a rubric node scores, by name first, then by alias; null when the document has none.
 * @example findItem(indexItems(e.management), { name: '结转结余率', aliases: ['结余结转率'] })?.index // 1
 */
export function findItem(index: ItemIndex, node: NamedNode): ItemHit | null {
  for (const k of nodeKeys(node)) {
    const hit = index.get(k);
    if (hit) return hit;
  }
  return null;
}

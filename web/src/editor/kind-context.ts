/** The kind of the document being edited, for fields and panels that name paths; the department's when none is set. */
import { createContext, useContext } from 'react';
import { EVALUATION_FIELDS, type FieldRegistry } from '../../../src/core/model/fields';
import { describePath } from '../../../src/core/paths';
import type { AnyKind } from './kinds';

export const DocKindContext = createContext<AnyKind | null>(null);

/** The field registry of the document (what a number field reads, how a path is labelled). */
export function useFields(): FieldRegistry {
  return useContext(DocKindContext)?.fields ?? EVALUATION_FIELDS;
}

/** The Chinese name of a path of the document being edited. */
export function useDescribe(): (path: string, doc: unknown) => string {
  return useContext(DocKindContext)?.describe ?? describePath;
}

/** Request shapes of the import routes (the contract is in src/api), and the mismatch sent checked against it. */
import type { z } from 'zod';
import { ImportSaveBody as Body, type Conforms, type ImportMismatch } from '../../../api';
import type { Mismatch } from '../../../core/import-place';

export const ImportSaveBody = Body;
export type ImportSaveBody = z.output<typeof Body>;
export type SentMismatch = Conforms<Mismatch, z.input<typeof ImportMismatch>>;

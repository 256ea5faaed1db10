/** Bodies of the score and audit routes for documents not yet saved. */
import { z } from 'zod';
import { Evaluation } from '../../../core/model';

export const DocumentBody = z.object({ data: Evaluation });

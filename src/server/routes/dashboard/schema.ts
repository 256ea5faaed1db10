/** Query of the dashboard route. */
import { z } from 'zod';

export const DashboardQuery = z.object({
  district: z.string().trim().min(1).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

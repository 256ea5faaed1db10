/** The contract of the indicators a department staff member owns (the `owner` of indicator rows, by username). */
import { z } from 'zod';
import { Status } from './evaluations';

/** Where an indicator row sits in the document: `indicators[3]` or `projects[0].indicators[2]`. */
export const IndicatorPath = z
  .string()
  .regex(/^(indicators|projects\[\d{1,4}\]\.indicators)\[\d{1,4}\]$/, { error: '指标位置格式不正确' });

export const OwnedIndicator = z.object({
  path: IndicatorPath,
  name: z.string(),
  /** The project the indicator belongs to; null for the department's own indicators. */
  project: z.string().nullable(),
  level2: z.string().nullable(),
  /** The owner's username and display name; null when nobody owns it. */
  owner: z.string().nullable(),
  ownerName: z.string().nullable(),
});

/** One evaluation of the staff member's department, with every indicator and who owns it. */
export const StaffEvaluation = z.object({
  id: z.number().int(),
  year: z.number().int(),
  status: Status,
  version: z.number().int(),
  /** Ownership is part of the document: it can change only while the department may edit (草稿, 退回). */
  editable: z.boolean(),
  indicators: z.array(OwnedIndicator),
});

/** `GET /api/users/:id/indicators`, and the answer of `PUT`. */
export const UserIndicatorsResponse = z.object({ evaluations: z.array(StaffEvaluation) });

/**
 * `PUT /api/users/:id/indicators`: the rows of one evaluation this user owns from now on; rows they owned and are not
 * listed are left without an owner. `version` is the version read (409 when it moved on).
 */
export const AssignIndicatorsBody = z.object({
  evaluationId: z.number().int().positive(),
  version: z.number().int().positive({ error: '缺少版本号 version' }),
  paths: z.array(IndicatorPath).max(1000),
});

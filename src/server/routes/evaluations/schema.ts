/** Request shapes of the evaluation routes. */
import { z } from 'zod';
import { Evaluation } from '../../../core/model';
import { STATUSES } from '../../../store';
import { TRANSITION_ACTIONS } from '../../services/workflow';

export const ListQuery = z.object({
  departmentId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  district: z.string().trim().min(1).optional(),
  status: z.enum(STATUSES as [string, ...string[]]).optional(),
});

export const CreateBody = z.object({
  departmentId: z.number().int().positive(),
  data: Evaluation,
});

export const UpdateBody = z.object({
  version: z.number().int().positive({ error: '缺少版本号 version' }),
  data: Evaluation,
});

export const VersionParams = z.object({
  id: z.coerce.number().int().positive(),
  v: z.coerce.number().int().positive(),
});

export const TransitionBody = z.object({
  action: z.enum(TRANSITION_ACTIONS as [string, ...string[]]),
  comment: z.string().trim().max(5000).optional(),
});

export const CommentBody = z.object({
  path: z.string().trim().max(300).nullish(),
  body: z.string().trim().min(1, { error: '意见不能为空' }).max(5000),
});

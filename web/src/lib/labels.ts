/** Colours of statuses and verdicts, and Chinese names of document paths (the labels themselves are in src/core/labels). */
import type { Status } from '../../../src/core/labels';

export const STATUS_COLOR: Record<Status, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  approved: 'success',
  published: 'purple',
};

/** Tag colours of the grades 优 / 良 / 中 / 差. */
export const GRADE_COLOR: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };

export const JUDGE_COLOR: Record<string, string> = {
  met: 'success',
  partly_met: 'warning',
  not_met: 'error',
  needs_judgement: 'default',
};

/** The Chinese name of a document path lives in the core, which the server's history shares. */
export { describePath } from '../../../src/core/paths';

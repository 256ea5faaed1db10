/** Request shapes of the evaluation routes (the contract is in src/api), and the presenters checked against it. */
import type { z } from 'zod';
import type {
  AnyEvaluationRecord,
  Comment,
  Conforms,
  EvaluationSummary,
  Status,
  VersionEntry,
} from '../../../api';
import type { EvaluationStatus } from '../../../store';
import type {
  presentComment,
  presentEvaluation,
  presentEvaluationSummary,
  presentVersion,
} from '../../presenters';

export {
  CommentBody,
  CommentsQuery,
  CreateEvaluationBody as CreateBody,
  EvaluationListQuery as ListQuery,
  RestoreBody,
  TransitionBody,
  UpdateEvaluationBody as UpdateBody,
  VersionParams,
} from '../../../api';

export type SentSummary = Conforms<
  ReturnType<typeof presentEvaluationSummary>,
  z.input<typeof EvaluationSummary>
>;
/** The stored document is sent as it was validated when written, so only the fields around it are checked. */
export type SentEvaluation = Conforms<
  Omit<ReturnType<typeof presentEvaluation>, 'data'>,
  Omit<z.input<typeof AnyEvaluationRecord>, 'data'>
>;
export type SentVersion = Conforms<ReturnType<typeof presentVersion>, z.input<typeof VersionEntry>>;
export type SentComment = Conforms<ReturnType<typeof presentComment>, z.input<typeof Comment>>;
/** The store's statuses are the contract's, both ways. */
export type StoreStatuses = Conforms<EvaluationStatus, z.output<typeof Status>> &
  Conforms<z.output<typeof Status>, EvaluationStatus>;

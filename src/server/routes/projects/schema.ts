/** Request shapes of the project routes (the contract is in src/api), and the presenters checked against it. */
import type { z } from 'zod';
import type { Conforms, ProjectListProblem, ProjectListRow } from '../../../api';
import type { presentListProblem, presentProjectRow } from '../../presenters';

export {
  CreateProjectBody,
  DepartmentParams,
  ProjectExportQuery,
  ProjectListQuery,
} from '../../../api';

export type SentProjectRow = Conforms<ReturnType<typeof presentProjectRow>, z.input<typeof ProjectListRow>>;
export type SentListProblem = Conforms<
  ReturnType<typeof presentListProblem>,
  z.input<typeof ProjectListProblem>
>;

/** Importing a department's project list: one project self-evaluation draft per project, every problem placed. */
export { parseCsv } from './_csv';
export { describePlace } from './_problems';
export {
  type ListPlace,
  type ListProblem,
  type ProjectDraft,
  type ProjectListOptions,
  type ProjectListResult,
  readProjectList,
} from './read';

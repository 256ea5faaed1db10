/** Queries of the dashboard routes (the contract is in src/api). */
export { DashboardQuery, EvaluationListQuery } from '../../../api';

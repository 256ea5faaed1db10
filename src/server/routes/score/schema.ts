/** Bodies of the score and audit routes for documents not yet saved (the contract is in src/api). */
export { DocumentBody } from '../../../api';

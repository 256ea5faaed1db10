/** Request bodies of the login and password routes (the contract is in src/api). */
export { ChangePasswordBody, LoginBody } from '../../../api';

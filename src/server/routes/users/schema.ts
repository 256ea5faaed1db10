/** Bodies of the account routes (the contract is in src/api), and the presenter checked against it. */
import type { z } from 'zod';
import type { Conforms, Role as ContractRole, User } from '../../../api';
import type { Role } from '../../../store';
import type { presentUser } from '../../presenters';

export { AssignIndicatorsBody, CreateUserBody, ResetPasswordBody, UpdateUserBody } from '../../../api';

export type SentUser = Conforms<ReturnType<typeof presentUser>, z.input<typeof User>>;
/** The store's roles are the contract's, both ways. */
export type StoreRoles = Conforms<Role, z.output<typeof ContractRole>> &
  Conforms<z.output<typeof ContractRole>, Role>;

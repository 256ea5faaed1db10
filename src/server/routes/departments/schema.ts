/** Request bodies of the department routes (the contract is in src/api), and the presenter checked against it. */
import type { z } from 'zod';
import type { Conforms, Department } from '../../../api';
import type { presentDepartment } from '../../presenters';

export { CreateDepartmentBody, UpdateDepartmentBody } from '../../../api';

export type SentDepartment = Conforms<ReturnType<typeof presentDepartment>, z.input<typeof Department>>;

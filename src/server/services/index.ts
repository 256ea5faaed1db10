/** Server services: derived figures, the workflow, staff edit rules, change summaries, dashboards and seeding. */
export * from './change-summary';
export * from './dashboard';
export * from './derive';
export * from './kinds';
export * from './project-figures';
export * from './seed';
export * from './staff-edit';
export * from './workflow';

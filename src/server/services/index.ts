/** Server services: derived figures, the workflow, staff edit rules, change summaries, dashboards and seeding. */
export * from './change-summary';
export * from './dashboard';
export * from './derive';
export * from './seed';
export * from './staff-edit';
export * from './workflow';

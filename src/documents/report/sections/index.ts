/** The report outline, section by section. */
export { basicIntro, managementSummary } from './basic';
export { closingSections } from './closing';
export { conclusionSection } from './conclusion';
export { efficacySection } from './efficacy';
export { financeSection } from './finance';
export { managementSection } from './management';
export { projectsSection } from './projects';

/** A declaration for the rule tests: 新华街道 2022 with the rows given (only the tests import it). */
import { Goals, type GoalsInput } from '../../model';

export function buildGoals(indicators: GoalsInput['indicators'], more: Partial<GoalsInput> = {}): Goals {
  return Goals.parse({
    department: { name: '广州市花都区人民政府新华街道办事处' },
    year: 2022,
    indicators,
    ...more,
  });
}

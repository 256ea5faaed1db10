/** 年度 and 评分标准, as every document kind's first section has them: the rubrics offered are those of its scope. */
import { Col, Select } from 'antd';
import type { Rubric } from '../../../../src/core/rubric';
import { listRubrics } from '../../../../src/rubrics';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { NumberField } from '../inputs/NumberField';

export function YearRubricFields({
  year,
  rubric,
  scope,
  onPatch,
  label,
}: {
  year: number;
  rubric: string;
  scope: Rubric['scope'];
  onPatch: (p: { year?: number; rubric?: string }) => void;
  /** How a rubric is named in the list. */
  label: (r: Rubric) => string;
}) {
  const { canEdit } = useEditor();
  const rubrics = listRubrics().filter((r) => r.scope === scope);
  return (
    <>
      <Col span={3}>
        <NumberField
          path="year"
          label="年度"
          value={year}
          onChange={(v) => v !== null && onPatch({ year: v })}
        />
      </Col>
      <Col span={5}>
        <Field path="rubric" label="评分标准">
          <Select
            value={rubric}
            disabled={!canEdit('rubric')}
            onChange={(v) => onPatch({ rubric: v })}
            options={rubrics.map((r) => ({ value: r.id, label: label(r) }))}
            style={{ width: '100%' }}
          />
        </Field>
      </Col>
    </>
  );
}

/** 一、部门基本情况: department, year, rubric, the year's work and its goal. */
import { Col, Row } from 'antd';
import { memo } from 'react';
import type { Evaluation } from '../../../../src/core/model';
import { Field } from '../Field';
import { NumberField } from '../inputs/NumberField';
import { TextField } from '../inputs/TextField';
import { TextList } from '../inputs/TextList';
import { SectionCard } from './SectionCard';
import { TasksEditor } from './TasksEditor';
import { YearRubricFields } from './YearRubricFields';

type Patch = (p: Partial<Evaluation>) => void;

const KEYS = [
  'department',
  'year',
  'rubric',
  'title',
  'overview',
  'tasks',
  'goal',
  'managementSummary',
] as const;

function BasicInfo({ doc, onPatch }: { doc: Evaluation; onPatch: Patch }) {
  const dep = doc.department;
  const setDep = (p: Partial<Evaluation['department']>) => onPatch({ department: { ...dep, ...p } });
  return (
    <SectionCard id="sec-basic" title="一、基本情况">
      <Row gutter={16}>
        <Col span={12}>
          <TextField
            path="department.name"
            label="部门名称"
            value={dep.name}
            onChange={(v) => setDep({ name: v ?? '' })}
            required
          />
        </Col>
        <Col span={4}>
          <TextField
            path="department.district"
            label="所属区"
            value={dep.district}
            onChange={(v) => setDep({ district: v })}
          />
        </Col>
        <YearRubricFields
          year={doc.year}
          rubric={doc.rubric}
          scope="department"
          onPatch={onPatch}
          label={(r) => `${r.region} ${r.year ?? ''} 年度`}
        />
      </Row>
      <TextField path="title" label="报告标题" value={doc.title} onChange={(v) => onPatch({ title: v })} />
      <TextList
        path="department.functions"
        label="部门职能"
        value={dep.functions}
        onChange={(v) => setDep({ functions: v })}
        addLabel="添加职能"
      />
      <Row gutter={16}>
        <Col span={18}>
          <TextList
            path="department.units"
            label="内设机构"
            value={dep.units}
            onChange={(v) => setDep({ units: v })}
            addLabel="添加机构"
          />
        </Col>
        <Col span={6}>
          <NumberField
            path="department.subordinateUnits"
            label="下级预算单位数"
            value={dep.subordinateUnits}
            onChange={(v) => setDep({ subordinateUnits: v })}
            unit="个"
          />
        </Col>
      </Row>
      <TextField
        path="overview"
        label="年度总体工作"
        value={doc.overview}
        onChange={(v) => onPatch({ overview: v })}
        multiline
      />
      <Field path="tasks" label="重点工作任务">
        <TasksEditor value={doc.tasks} onChange={(v) => onPatch({ tasks: v })} />
      </Field>
      <TextField
        path="goal"
        label="部门整体支出绩效目标"
        value={doc.goal}
        onChange={(v) => onPatch({ goal: v })}
        multiline
      />
      <TextField
        path="managementSummary"
        label="部门整体绩效管理情况"
        value={doc.managementSummary}
        onChange={(v) => onPatch({ managementSummary: v })}
        multiline
      />
    </SectionCard>
  );
}

export const BasicInfoSection = memo(
  BasicInfo,
  (a, b) => a.onPatch === b.onPatch && KEYS.every((k) => a.doc[k] === b.doc[k]),
);

/** 一、项目基本信息: name, code, the 主管部门 and 实施单位, category, owner, year and rubric. */
import { Col, Row } from 'antd';
import { memo } from 'react';
import type { ProjectEvaluation } from '../../../src/core/model';
import { TextField } from '../editor/inputs/TextField';
import { SectionCard } from '../editor/sections/SectionCard';
import { YearRubricFields } from '../editor/sections/YearRubricFields';

type Patch = (p: Partial<ProjectEvaluation>) => void;
type Info = ProjectEvaluation['project'];

const TEXTS: ReadonlyArray<readonly [keyof Info, string, number]> = [
  ['code', '项目编码', 6],
  ['category', '项目类别', 6],
  ['department', '主管部门', 6],
  ['implementer', '实施单位', 6],
];

function ProjectInfo({ doc, onPatch }: { doc: ProjectEvaluation; onPatch: Patch }) {
  const info = doc.project;
  const set = (p: Partial<Info>) => onPatch({ project: { ...info, ...p } });
  return (
    <SectionCard id="sec-project" title="一、项目基本信息">
      <div data-path="project">
        <Row gutter={16}>
          <Col span={12}>
            <TextField
              path="project.name"
              label="项目名称"
              value={info.name}
              onChange={(v) => set({ name: v ?? '' })}
              required
            />
          </Col>
          <Col span={4}>
            <TextField
              path="project.owner"
              label="项目负责人"
              value={info.owner}
              onChange={(v) => set({ owner: v })}
            />
          </Col>
          <YearRubricFields
            year={doc.year}
            rubric={doc.rubric}
            scope="project"
            onPatch={onPatch}
            label={(r) => r.name}
          />
        </Row>
        <Row gutter={16}>
          {TEXTS.map(([key, label, span]) => (
            <Col span={span} key={key}>
              <TextField
                path={`project.${key}`}
                label={label}
                value={info[key]}
                onChange={(v) => set({ [key]: v })}
              />
            </Col>
          ))}
        </Row>
      </div>
    </SectionCard>
  );
}

export const ProjectInfoSection = memo(
  ProjectInfo,
  (a, b) =>
    a.onPatch === b.onPatch &&
    a.doc.project === b.doc.project &&
    a.doc.year === b.doc.year &&
    a.doc.rubric === b.doc.rubric,
);

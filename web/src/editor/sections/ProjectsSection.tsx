/** 五、项目支出情况: the department's projects. */
import { Empty } from 'antd';
import { memo } from 'react';
import type { Project } from '../../../../src/core/model';
import { useRows } from '../../lib/row-keys';
import { useEditor } from '../EditorContext';
import { AddRowButton } from '../inputs/RowButtons';
import { ProjectCard } from './ProjectCard';
import { SectionCard } from './SectionCard';

function Projects({
  value,
  onChange,
  onUpdate,
  by,
}: {
  value: Project[];
  onChange: (v: Project[]) => void;
  onUpdate: (i: number, fn: (p: Project) => Project) => void;
  by: string;
}) {
  const editable = useEditor().canEdit('projects');
  const rows = useRows(value, onChange);
  return (
    <SectionCard id="sec-projects" title="五、项目支出情况">
      <div data-path="projects">
        {value.length === 0 && <Empty description="未填写项目" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {value.map((p, i) => (
          <ProjectCard
            key={rows.keys[i]}
            index={i}
            value={p}
            onChange={(next) => rows.replace(i, next)}
            onRemove={() => rows.remove(i)}
            onUpdate={(fn) => onUpdate(i, fn)}
            by={by}
          />
        ))}
        {editable && (
          <AddRowButton
            label="添加项目"
            small={false}
            onClick={() => rows.add({ name: '', funding: [], indicators: [], budget: null, executed: null })}
          />
        )}
      </div>
    </SectionCard>
  );
}

export const ProjectsSection = memo(Projects);

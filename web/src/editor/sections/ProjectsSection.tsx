/** 五、项目支出情况: the department's projects. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { memo } from 'react';
import type { Project } from '../../../../src/core/model';
import { useEditor } from '../EditorContext';
import { ProjectCard } from './ProjectCard';
import { SectionCard } from './SectionCard';

function Projects({ value, onChange }: { value: Project[]; onChange: (v: Project[]) => void }) {
  const editable = useEditor().canEdit('projects');
  return (
    <SectionCard id="sec-projects" title="五、项目支出情况">
      <div data-path="projects">
        {value.length === 0 && <Empty description="未填写项目" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {value.map((p, i) => (
          <ProjectCard
            // biome-ignore lint/suspicious/noArrayIndexKey: projects have no identity beyond their position
            key={i}
            index={i}
            value={p}
            onChange={(next) => onChange(value.map((x, j) => (j === i ? next : x)))}
            onRemove={() => onChange(value.filter((_, j) => j !== i))}
          />
        ))}
        {editable && (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange([...value, { name: '', funding: [], indicators: [], budget: null, executed: null }])
            }
          >
            添加项目
          </Button>
        )}
      </div>
    </SectionCard>
  );
}

export const ProjectsSection = memo(Projects);

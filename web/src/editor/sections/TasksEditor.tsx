/** 重点工作任务: a title and a description each. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Row } from 'antd';
import type { Evaluation } from '../../../../src/core/model';
import { useEditor } from '../EditorContext';
import { TextField } from '../inputs/TextField';

type Task = Evaluation['tasks'][number];

export function TasksEditor({ value, onChange }: { value: Task[]; onChange: (v: Task[]) => void }) {
  const editable = useEditor().canEdit('tasks');
  const set = (i: number, patch: Partial<Task>) =>
    onChange(value.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <div data-path="tasks">
      {value.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: tasks have no identity beyond their position
        <Row key={i} gutter={8} align="top">
          <Col span={7}>
            <TextField
              path={`tasks[${i}].title`}
              value={t.title}
              onChange={(v) => set(i, { title: v ?? '' })}
              required
              placeholder="任务名称"
            />
          </Col>
          <Col span={16}>
            <TextField
              path={`tasks[${i}].description`}
              value={t.description}
              onChange={(v) => set(i, { description: v })}
              multiline
              placeholder="任务内容"
            />
          </Col>
          <Col span={1}>
            {editable && (
              <Button
                aria-label="删除任务"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            )}
          </Col>
        </Row>
      ))}
      {editable && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange([...value, { title: '' }])}
        >
          添加任务
        </Button>
      )}
    </div>
  );
}

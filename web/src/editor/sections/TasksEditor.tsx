/** 重点工作任务: a title, a goal and a description each. */
import { Col, Row } from 'antd';
import type { Evaluation } from '../../../../src/core/model';
import { useRows } from '../../lib/row-keys';
import { useEditor } from '../EditorContext';
import { AddRowButton, DeleteRowButton } from '../inputs/RowButtons';
import { TextField } from '../inputs/TextField';

type Task = Evaluation['tasks'][number];

export function TasksEditor({ value, onChange }: { value: Task[]; onChange: (v: Task[]) => void }) {
  const editable = useEditor().canEdit('tasks');
  const rows = useRows(value, onChange);
  return (
    <div data-path="tasks">
      {value.map((t, i) => (
        <Row key={rows.keys[i]} gutter={8} align="top">
          <Col span={7}>
            <TextField
              path={`tasks[${i}].title`}
              value={t.title}
              onChange={(v) => rows.patch(i, { title: v ?? '' })}
              required
              placeholder="任务名称"
            />
          </Col>
          <Col span={7}>
            <TextField
              path={`tasks[${i}].goal`}
              value={t.goal}
              onChange={(v) => rows.patch(i, { goal: v })}
              multiline
              placeholder="任务目标"
            />
          </Col>
          <Col span={9}>
            <TextField
              path={`tasks[${i}].description`}
              value={t.description}
              onChange={(v) => rows.patch(i, { description: v })}
              multiline
              placeholder="任务内容"
            />
          </Col>
          <Col span={1}>
            {editable && <DeleteRowButton label="删除任务" onClick={() => rows.remove(i)} />}
          </Col>
        </Row>
      ))}
      {editable && <AddRowButton label="添加任务" onClick={() => rows.add({ title: '' })} />}
    </div>
  );
}

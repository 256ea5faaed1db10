/** A list of paragraphs (problems, improvements, duties): edit, add and remove entries. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { GrowingTextArea } from './GrowingTextArea';

export function TextList({
  path,
  value,
  onChange,
  addLabel,
}: {
  path: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  addLabel: string;
}) {
  const editable = useEditor().canEdit(path);
  const set = (i: number, text: string) => onChange(value.map((v, j) => (j === i ? text : v)));
  return (
    <div data-path={path}>
      {value.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond their position
        <Field key={i} path={`${path}[${i}]`}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            <span style={{ paddingTop: 5, minWidth: 20, color: '#888' }}>{i + 1}.</span>
            <GrowingTextArea
              value={text}
              onChange={(e) => set(i, e.target.value)}
              readOnly={!editable}
              status={text.trim() ? undefined : 'error'}
            />
            {editable && (
              <Button
                aria-label="删除"
                icon={<DeleteOutlined />}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                type="text"
                danger
              />
            )}
          </div>
        </Field>
      ))}
      {editable && (
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, ''])} type="dashed" size="small">
          {addLabel}
        </Button>
      )}
    </div>
  );
}

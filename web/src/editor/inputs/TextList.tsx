/** A list of paragraphs (problems, improvements, duties): edit, add and remove entries. */
import { useRows } from '../../lib/row-keys';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { GrowingTextArea } from './GrowingTextArea';
import { AddRowButton, DeleteRowButton } from './RowButtons';

export function TextList({
  path,
  label,
  value,
  onChange,
  addLabel,
}: {
  path: string;
  /** Given, the list stands in a labelled field of its own. */
  label?: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  addLabel: string;
}) {
  const editable = useEditor().canEdit(path);
  const rows = useRows(value, onChange);
  const list = (
    <div data-path={path}>
      {value.map((text, i) => (
        <Field key={rows.keys[i]} path={`${path}[${i}]`}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            <span style={{ paddingTop: 5, minWidth: 20, color: '#888' }}>{i + 1}.</span>
            <GrowingTextArea
              value={text}
              onChange={(e) => rows.replace(i, e.target.value)}
              readOnly={!editable}
              status={text.trim() ? undefined : 'error'}
            />
            {editable && <DeleteRowButton label="删除" onClick={() => rows.remove(i)} />}
          </div>
        </Field>
      ))}
      {editable && <AddRowButton label={addLabel} onClick={() => rows.add('')} />}
    </div>
  );
  return label ? (
    <Field path={path} label={label}>
      {list}
    </Field>
  ) : (
    list
  );
}

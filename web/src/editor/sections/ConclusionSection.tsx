/** 六、自评结论、存在问题和改进措施. */
import { memo } from 'react';
import type { Evaluation } from '../../../../src/core/model';
import { Field } from '../Field';
import { TextField } from '../inputs/TextField';
import { TextList } from '../inputs/TextList';
import { SectionCard } from './SectionCard';

type Patch = (p: Partial<Evaluation>) => void;

function Conclusion({
  conclusion,
  problems,
  improvements,
  onPatch,
}: {
  conclusion: string | null | undefined;
  problems: string[];
  improvements: string[];
  onPatch: Patch;
}) {
  return (
    <SectionCard id="sec-conclusion" title="六、自评结论、存在问题和改进措施">
      <TextField
        path="conclusion"
        label="自评结论"
        value={conclusion}
        onChange={(v) => onPatch({ conclusion: v })}
        multiline
      />
      <Field path="problems" label="存在问题">
        <TextList
          path="problems"
          value={problems}
          onChange={(v) => onPatch({ problems: v })}
          addLabel="添加问题"
        />
      </Field>
      <Field path="improvements" label="改进措施">
        <TextList
          path="improvements"
          value={improvements}
          onChange={(v) => onPatch({ improvements: v })}
          addLabel="添加措施"
        />
      </Field>
    </SectionCard>
  );
}

export const ConclusionSection = memo(Conclusion);

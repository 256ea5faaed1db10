/** 六、自评结论、存在问题和改进措施. */
import { memo } from 'react';
import type { Evaluation } from '../../../../src/core/model';
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
      <TextList
        path="problems"
        label="存在问题"
        value={problems}
        onChange={(v) => onPatch({ problems: v })}
        addLabel="添加问题"
      />
      <TextList
        path="improvements"
        label="改进措施"
        value={improvements}
        onChange={(v) => onPatch({ improvements: v })}
        addLabel="添加措施"
      />
    </SectionCard>
  );
}

export const ConclusionSection = memo(Conclusion);

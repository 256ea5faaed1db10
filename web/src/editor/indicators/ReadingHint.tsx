/** One line under a target or actual input saying how the text was read. */
import type { Reading } from '../../lib/parsed-text';

const COLOR = { ok: '#237804', info: 'rgba(0,0,0,0.5)', error: '#cf1322' };

export function ReadingHint({ reading, testId }: { reading: Reading | null; testId: string }) {
  if (!reading) return null;
  return (
    <div className="jx-hint" style={{ color: COLOR[reading.tone] }} data-testid={testId}>
      {reading.text}
    </div>
  );
}

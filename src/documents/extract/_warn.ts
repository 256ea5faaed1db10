/** Build extraction warnings: a code, its Chinese sentence and the line or page it came from. */
import { defineMessages, renderMessage } from '../../core/messages';
import type { ExtractWarning, Origin } from './layout/_model';
import './_errors';

defineMessages({
  extract_statement_conflict: (p) =>
    `${p.where ? `${p.where}：` : ''}${p.field}在多处所述不同：${p.takenAt}为 ${p.taken}，${p.otherAt}为 ${p.other}；采用${p.takenAt}的数值，审核时列为错误`,
});

/** A place in words: 第 12 行 / 第 3 页 / 第 7 段. */
export function describeOrigin(o: Origin | undefined): string {
  if (!o) return '';
  if (o.line != null) return `第 ${o.line} 行`;
  if (o.page != null) return `第 ${o.page} 页`;
  if (o.para != null) return `第 ${o.para} 段`;
  return '';
}

export function makeWarning(
  code: string,
  params: Record<string, string | number | null | undefined>,
  origin?: Origin,
): ExtractWarning {
  const w: ExtractWarning = {
    code,
    message: renderMessage(code, { ...params, where: describeOrigin(origin) }),
  };
  if (origin?.line != null) w.line = origin.line;
  if (origin?.page != null) w.page = origin.page;
  return w;
}

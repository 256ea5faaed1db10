/** Where a node's points come from: computed from the document's figures or entered by a person, split to the cent. */
import { resultLabel } from '../labels';
import { defineMessages, renderMessage } from '../messages';
import { formatWan, round2 } from '../money';
import type { PointsPart, ScoreNode } from './types';

/** Shown as the one who entered points when neither the document nor the caller names a person. */
export const UNKNOWN_AUTHOR = '填报单位';

/** Points × 100 as an integer, rounded the way scores are printed. */
const cents = (x: number) => Math.round(round2(x) * 100);

/**
 * A node's printed points split in two, in integer cents so that computed + entered is the printed score exactly.
 * @example splitPoints(findScoreNode(nanzhou.root, '总分')) // { computed: 26.53, entered: 64.93 }
 */
export function splitPoints(node: Pick<ScoreNode, 'score' | 'origin'>): {
  computed: number;
  entered: number;
} {
  const total = cents(node.score ?? node.origin.computed + node.origin.entered);
  const computed = Math.max(0, Math.min(total, cents(node.origin.computed)));
  return { computed: computed / 100, entered: (total - computed) / 100 };
}

/**
 * A node's source in two characters, or both with their points: 计算, 人工, 计算 8.57 + 人工 11.43 (2 decimals, as scores print); '' while unscored.
 * @example originLabel(findScoreNode(nanzhou.root, '产出指标')) // '计算 8.57 + 人工 11.43'
 */
export function originLabel(node: Pick<ScoreNode, 'score' | 'origin'>): string {
  const source = node.origin.source;
  if (source === 'computed') return '计算';
  if (source === 'entered') return '人工';
  if (source !== 'mixed') return '';
  const s = splitPoints(node);
  return `计算 ${s.computed.toFixed(2)} + 人工 ${s.entered.toFixed(2)}`;
}

/** `按数据计算 26.53 分，人工评定 64.93 分`. */
export function renderSplit(split: { computed: number; entered: number }): string {
  return `按数据计算 ${split.computed.toFixed(2)} 分，人工评定 ${split.entered.toFixed(2)} 分`;
}

/** Who entered a part: as the document records it, else as the caller knows it (history), else 填报单位. */
export function authorOf(p: PointsPart, known?: (path: string) => string | null | undefined): string {
  return p.by || known?.(p.path) || UNKNOWN_AUTHOR;
}

/** A part's Chinese sentence: the figures, or the entry, its reason and who made it. */
export function renderPart(p: PointsPart, known?: (path: string) => string | null | undefined): string {
  const text = renderMessage(p.code, p.params);
  return p.source === 'entered' ? `${text}（填报人：${authorOf(p, known)}）` : text;
}

type Params = Record<string, string | number | boolean | null | undefined>;

/** A figure as printed: money with thousands separators and 2 decimals, other units as written. */
function figure(value: unknown, unit: unknown): string {
  if (typeof value !== 'number') return '—';
  const u = typeof unit === 'string' ? unit : '';
  const v = u === '万元' || u === '亿元' || u === '元' ? formatWan(value) : String(round2(value));
  return `${v}${u === '%' || u === '‰' ? '' : ' '}${u}`;
}

const wan = (v: unknown) => figure(v, '万元');
const reasonOf = (p: Params) => (p.reason ? `，理由：${p.reason}` : '');
/** The evidence a full score rests on, shortened: it is often a paragraph. */
const evidenceOf = (p: Params) => {
  const e = typeof p.evidence === 'string' ? p.evidence.trim() : '';
  return !p.reason && e ? `，依据：${e.length > 60 ? `${e.slice(0, 60)}…` : e}` : '';
};

/** The figures a rate was read from: two amounts divided, or the rate as stated. */
function rateBasis(p: Params): string {
  if (p.from === 'amounts') return `${p.numLabel} ${wan(p.num)} ÷ ${p.denLabel} ${wan(p.den)} = ${p.rate}%`;
  if (p.from === 'item') return `${p.label} ${p.rate}%（评分项所填比率）`;
  return `${p.label} ${p.rate}%（收支情况所列）`;
}

/** The figures an indicator was judged from: target, actual and, when the prose states both, the ratio. */
function indicatorBasis(p: Params): string {
  const pair =
    p.pairActual != null
      ? `（${p.pairActualLabel} ${figure(p.pairActual, p.pairUnit)} ÷ ${p.pairTargetLabel} ${figure(p.pairTarget, p.pairUnit)}）`
      : '';
  const completion = p.completion != null ? `，完成率 ${p.completion}%` : '';
  return `目标 ${p.target}，实际 ${p.actual}${pair}${completion}`;
}

defineMessages({
  origin_rate: (p) => `${rateBasis(p)}，得 ${p.points} 分`,
  origin_threshold: (p) =>
    `${rateBasis(p)}，${p.atMost ? (p.passed ? '不高于' : '高于') : p.passed ? '不低于' : '低于'} ${p.threshold}%，得 ${p.points} 分`,
  origin_threshold_awarded: (p) => `${p.name}：未提供比率，填报得分 ${p.points} 分${reasonOf(p)}`,
  origin_judgement: (p) =>
    `${p.name}：填报得分 ${p.points} 分（满分 ${p.max} 分）${reasonOf(p)}${p.lost && !p.reason ? '，未说明理由' : evidenceOf(p)}`,
  origin_indicator_figures: (p) =>
    `${p.name}：${indicatorBasis(p)}，得 ${p.points} 分${p.agrees ? `（与填报的评定「${resultLabel(String(p.agrees))}」一致）` : ''}`,
  origin_indicator_verdict: (p) =>
    `${p.name}：填报的评定「${resultLabel(String(p.result))}」，得 ${p.points} 分${reasonOf(p)}${
      p.figures
        ? `；按数据${p.completion != null ? `完成率 ${p.completion}%，` : ''}应为「${resultLabel(String(p.figures))}」，与评定不一致`
        : ''
    }`,
  origin_indicator_score: (p) => `${p.name}：填报得分 ${p.points} 分（该指标 ${p.weight} 分）${reasonOf(p)}`,
  origin_indicator_deduction: (p) =>
    `${p.name}：填报扣 ${p.deduction} 分，得 ${p.points} 分（该指标 ${p.weight} 分）${reasonOf(p)}`,
  origin_indicator_status: (p) => `${p.name}：按填报的完成情况「${p.status}」计 ${p.points} 分`,
  origin_indicator_claimed: (p) => `${p.name}：定性指标，按填报的完成情况表述计 ${p.points} 分`,
});

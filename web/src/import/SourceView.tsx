/**
 * The uploaded source beside its extraction warnings: a text file by line, a Word file by paragraph, a PDF by page,
 * tables row by row. A warning scrolls the source to its line or page (and opens its field); focusing a field of the
 * review highlights where it was read (`hit`).
 */
import { Alert, Empty, List, Tag, Typography } from 'antd';
import { Fragment, useEffect, useRef } from 'react';
import type { ImportWarning } from '../api';
import type { ImportSource, SourcePiece } from './api';
import type { StatedAt } from './places';

/** A figure the report states at several places: its name and each place. */
export interface StatedField {
  path: string;
  label: string;
  places: StatedAt[];
}

const MARGIN = {
  color: '#bbb',
  display: 'inline-block',
  minWidth: 36,
  textAlign: 'right',
  marginRight: 8,
  userSelect: 'none',
} as const;
const PAGE = {
  color: '#8c8c8c',
  borderTop: '1px dashed #d9d9d9',
  margin: '8px 0 4px',
  paddingTop: 2,
} as const;
const ROW = { background: '#fafafa', borderBottom: '1px solid #f0f0f0' } as const;
/** Another place of the figure being edited: marked, not scrolled to. */
const ALSO = { outline: '1px dashed #fa8c16', outlineOffset: -1 } as const;

/** The label in the margin: the line, the paragraph, or the table and row. */
function marginLabel(p: SourcePiece, format: ImportSource['format']): string {
  if (format === 'text') return p.line != null ? String(p.line) : '';
  if (p.table != null) return `表${p.table}·${p.row}`;
  return p.para != null ? `¶${p.para}` : '';
}

/** The piece a warning points at: its line (or the last piece before it), else the first piece of its page. */
function pieceOfWarning(pieces: readonly SourcePiece[], w: ImportWarning): number | null {
  if (w.line != null) {
    let best: number | null = null;
    pieces.forEach((p, i) => {
      if (p.line != null && p.line <= w.line! && (best === null || p.line >= pieces[best]!.line!)) best = i;
    });
    return best;
  }
  if (w.page != null) {
    const i = pieces.findIndex((p) => p.page === w.page);
    return i >= 0 ? i : null;
  }
  return null;
}

function WarningPlace({ w }: { w: ImportWarning }) {
  if (w.line) return <Tag>第 {w.line} 行</Tag>;
  if (w.page) return <Tag>第 {w.page} 页</Tag>;
  if (w.sheet) return <Tag>{w.sheet}</Tag>;
  return null;
}

export function SourceView({
  name,
  source,
  warnings,
  hit,
  also = [],
  stated = [],
  onPick,
  onWarning,
}: {
  name: string;
  source: ImportSource | null | undefined;
  warnings: ImportWarning[];
  /** The piece to highlight: where the field being edited was read, or what a warning points at. */
  hit: number | null;
  /** Other places the field being edited is stated at. */
  also?: readonly number[];
  /** Figures stated at several places, each place clickable; a place that disagrees is marked. */
  stated?: readonly StatedField[];
  /** A warning was clicked: highlight the piece it points at. */
  onPick: (piece: number) => void;
  /** A warning was clicked: open the field it is about. */
  onWarning: (w: ImportWarning) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const pieces = source?.pieces ?? [];
  useEffect(() => {
    if (hit === null || !box.current) return;
    box.current.querySelector(`[data-piece="${hit}"]`)?.scrollIntoView({ block: 'center' });
  }, [hit]);
  const goto = (w: ImportWarning) => {
    onWarning(w);
    const i = pieceOfWarning(pieces, w);
    if (i !== null) onPick(i);
  };
  const clickable = (w: ImportWarning) => w.line != null || w.page != null || w.path != null;
  return (
    <div>
      <Typography.Text strong>提取警告（{warnings.length}）</Typography.Text>
      {warnings.length === 0 ? (
        <Alert type="success" showIcon title="未发现提取问题" style={{ margin: '8px 0' }} />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 220, overflow: 'auto', margin: '8px 0', background: '#fff' }}
          bordered
          dataSource={warnings}
          renderItem={(w) => (
            <List.Item
              onClick={() => goto(w)}
              className={clickable(w) ? 'jx-clickable' : undefined}
              style={{ fontSize: 13 }}
              data-testid="import-warning"
            >
              <span>
                <WarningPlace w={w} />
                {/* The tag already names the place; do not say it twice. */}
                {w.message.replace(/^第\s*\d+\s*[行页][：:，,]\s*/, '')}
              </span>
            </List.Item>
          )}
        />
      )}
      {stated.length > 0 && (
        <div data-testid="import-stated" style={{ margin: '0 0 8px' }}>
          <Typography.Text strong>多处所述的数值（{stated.length}）</Typography.Text>
          <List
            size="small"
            bordered
            style={{ maxHeight: 180, overflow: 'auto', marginTop: 8, background: '#fff' }}
            dataSource={[...stated]}
            renderItem={(f) => (
              <List.Item style={{ fontSize: 13, display: 'block' }} data-path={f.path}>
                <span>{f.label}：</span>
                {f.places.map((at, k) => (
                  <Tag
                    // biome-ignore lint/suspicious/noArrayIndexKey: places are positional
                    key={k}
                    color={at.conflict ? 'error' : undefined}
                    className={at.piece !== null ? 'jx-clickable' : undefined}
                    onClick={() => at.piece !== null && onPick(at.piece)}
                    data-testid={at.conflict ? 'import-stated-conflict' : 'import-stated-place'}
                  >
                    {at.where} {at.value}
                  </Tag>
                ))}
              </List.Item>
            )}
          />
        </div>
      )}
      <Typography.Text strong>原文：{name}</Typography.Text>
      {pieces.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="该格式不能直接显示原文；警告中的工作表、行号对应原文件。"
        />
      ) : (
        <div className="jx-source" ref={box} data-testid="import-source" data-format={source?.format}>
          {pieces.map((p, i) => {
            const newPage = source?.format === 'pdf' && p.page != null && p.page !== pieces[i - 1]?.page;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional
              <Fragment key={i}>
                {newPage && <div style={PAGE}>第 {p.page} 页</div>}
                <div
                  data-piece={i}
                  data-line={p.line}
                  className={hit === i ? 'jx-source-line-hit' : undefined}
                  style={{
                    ...(p.table != null && source?.format !== 'text' ? ROW : {}),
                    ...(hit !== i && also.includes(i) ? ALSO : {}),
                  }}
                  data-testid={hit === i ? 'import-source-hit' : undefined}
                >
                  <span style={MARGIN}>{marginLabel(p, source!.format)}</span>
                  {p.text}
                </div>
              </Fragment>
            );
          })}
        </div>
      )}
    </div>
  );
}

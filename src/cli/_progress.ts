/**
 * Progress of a bulk command on stderr — one redrawn bar on a terminal, plain lines otherwise — and the columns of a
 * summary table, aligned by display width (a Chinese character takes two columns).
 */

/** Columns a string takes on a terminal: East Asian wide and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x300 && c < 0x370)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** `s` cut to at most `width` columns, ending in `…` when cut. */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows as aligned text columns (two spaces between); the last column is not padded. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c));
    });
  }
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - displayWidth(c))))
      .join('  ')
      .trimEnd(),
  );
}

export interface ProgressSink {
  /** Write without a newline (a terminal: the bar is redrawn in place). */
  write: (s: string) => void;
  /** Whether the sink is a terminal; otherwise each event is one plain line. */
  tty: boolean;
  /** Terminal width in columns. */
  columns?: number;
}

/** What each file is at: waiting, being read (with pages when the reader says), done. */
interface Reading {
  name: string;
  pages?: { done: number; total: number };
}

const BAR = 20;

/**
 * The progress of `total` files: `start`, `page`, `finish` per file; `end` once. On a terminal one line shows the
 * bar, the count and what is being read; otherwise one line per file read, and nothing per page.
 */
export class FolderProgress {
  private done = 0;
  private failed = 0;
  private readonly reading = new Map<number, Reading>();
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
  ) {}

  start(index: number, name: string): void {
    this.reading.set(index, { name });
    this.draw();
  }

  page(index: number, done: number, total: number): void {
    const r = this.reading.get(index);
    if (!r) return;
    r.pages = { done, total };
    this.draw();
  }

  /** One file finished; `outcome` is what a plain log says of it (已读取 / the Chinese reason). */
  finish(index: number, ok: boolean, outcome: string): void {
    const r = this.reading.get(index);
    this.reading.delete(index);
    this.done++;
    if (!ok) this.failed++;
    if (!this.sink.tty) this.sink.write(`[${this.done}/${this.total}] ${r?.name ?? ''}：${outcome}\n`);
    else this.draw();
  }

  /** Clears the bar so what follows starts on a clean line. */
  end(): void {
    if (this.sink.tty && this.drawn) this.sink.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(): void {
    if (!this.sink.tty) return;
    const filled = this.total ? Math.round((this.done / this.total) * BAR) : BAR;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`;
    const now = [...this.reading.values()].map((r) =>
      r.pages ? `${r.name} 第 ${r.pages.done}/${r.pages.total} 页` : r.name,
    );
    const failed = this.failed ? `，失败 ${this.failed}` : '';
    const line = `${bar} ${this.done}/${this.total}${failed}${now.length ? `  正在读取 ${now.join('；')}` : ''}`;
    this.sink.write(`\r\x1b[K${fitWidth(line, Math.max(20, (this.sink.columns || 80) - 1))}`);
    this.drawn = true;
  }
}

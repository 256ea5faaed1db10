/**
 * Jump to a field of the editor by its document path: parts that fold away (an indicator's details) are opened first,
 * then the element that has the path, or the nearest one that has a prefix of it, is scrolled to, flashed and focused.
 */
import { fieldElementPath } from '../../../src/core/model/fields';
import { normalizePath, pathPrefixes } from './paths';

/** The event a folded part listens to: `detail` is the path about to be shown. */
export const REVEAL_EVENT = 'jx:reveal';

/** Ask folded parts of the page to show the field at `path` (they open synchronously). */
export function revealPath(path: string): void {
  document.dispatchEvent(new CustomEvent<string>(REVEAL_EVENT, { detail: path }));
}

function findField(path: string): HTMLElement | null {
  const own = path.includes('/') ? null : fieldElementPath(path);
  const candidates = path.includes('/')
    ? [path]
    : [...(own ? [own] : []), ...pathPrefixes(normalizePath(path))];
  for (const p of candidates) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
  }
  return null;
}

/** How long a jump waits for the long tables, which are drawn after the first paint. */
const WAIT_MS = 2000;

/**
 * Returns false when no element of the page carries the path or one of its prefixes yet (the jump is then tried
 * again for a moment, while the form's later sections are still being drawn).
 */
export function focusPath(path: string, waited = 0): boolean {
  revealPath(path.includes('/') ? path : normalizePath(path));
  const el = findField(path);
  if (!el) {
    if (waited < WAIT_MS) window.setTimeout(() => focusPath(path, waited + 200), 200);
    return false;
  }
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.remove('jx-flash');
  // Restart the highlight even when the same field is clicked twice.
  void el.offsetWidth;
  el.classList.add('jx-flash');
  window.setTimeout(() => el.classList.remove('jx-flash'), 1800);
  const input = el.querySelector<HTMLElement>(
    'textarea:not([readonly]), input:not([readonly]):not([type=hidden]), button:not([disabled])',
  );
  input?.focus({ preventScroll: true });
  return true;
}

/** The document path of the field an event happened in, if any. */
export function pathOfEvent(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-path]') : null;
  return el?.dataset.path ?? null;
}

/** Jump to a field of the editor by its document path: scroll, flash and focus the nearest element that has it. */
import { normalizePath, pathPrefixes } from './paths';

function findField(path: string): HTMLElement | null {
  const candidates = path.includes('/') ? [path] : pathPrefixes(normalizePath(path));
  for (const p of candidates) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
  }
  return null;
}

/** Returns false when no element of the page carries the path or one of its prefixes. */
export function focusPath(path: string): boolean {
  const el = findField(path);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.remove('jx-flash');
  // Restart the highlight even when the same field is clicked twice.
  void el.offsetWidth;
  el.classList.add('jx-flash');
  window.setTimeout(() => el.classList.remove('jx-flash'), 1800);
  const input = el.querySelector<HTMLElement>(
    'textarea:not([readonly]), input:not([readonly]):not([type=hidden])',
  );
  input?.focus({ preventScroll: true });
  return true;
}

/** The document path of the field an event happened in, if any. */
export function pathOfEvent(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-path]') : null;
  return el?.dataset.path ?? null;
}

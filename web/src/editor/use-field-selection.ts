/** The field a comment will be about: a click on the form chooses it (and marks it) when the user may comment. */
import { type MouseEvent, useRef, useState } from 'react';
import { pathOfEvent } from '../lib/focus';

export function useFieldSelection(canSelect: boolean) {
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const selectedEl = useRef<HTMLElement | null>(null);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const path = pathOfEvent(e.target);
    if (!path) return;
    const el = (e.target as Element).closest<HTMLElement>('[data-path]');
    selectedEl.current?.classList.remove('jx-selected');
    if (canSelect) {
      el?.classList.add('jx-selected');
      selectedEl.current = el;
      setSelectedPath(path);
    }
  };
  const clear = () => {
    selectedEl.current?.classList.remove('jx-selected');
    selectedEl.current = null;
    setSelectedPath(null);
  };
  return { selectedPath, onClick, clear };
}

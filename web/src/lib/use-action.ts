/** An action behind a button: busy while it runs, and a failure told in the server's Chinese words. */
import { App } from 'antd';
import { useState } from 'react';

/** `run(fn)` sets `busy` while `fn` runs; an error shows as a message (`fallback` when it has none). */
export function useAction(fallback: string) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      message.error(e instanceof Error ? e.message : fallback);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task so input, rendering and other work can run, and resumes soon after. Not
 * `setTimeout(0)`: browsers stretch nested timeouts to 4 ms, which a hundred slices would feel.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

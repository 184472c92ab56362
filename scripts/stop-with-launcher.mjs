// npm runs scripts through `sh -c`, and sh dies of the SIGTERM npm forwards without passing it on: the
// script lives on, orphaned, holding its port. So each long-running script also watches its launcher.

/** Calls `stop` once when this process's parent is gone; the poll never keeps the process alive. */
export function stopWithLauncher(stop, { intervalMs = 200 } = {}) {
  const launcher = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === launcher && isRunning(launcher)) return;
    clearInterval(timer);
    stop();
  }, intervalMs);
  timer.unref();
}

/** Signal 0 checks that a process exists; on Windows an orphan keeps its old ppid, so this is the test. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

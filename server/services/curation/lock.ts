// One edit at a time: edits, undos and replays of one curation log run in turn, so that each sees the
// graph and the file as the previous one left them.

export interface Lock {
  /** Runs `work` once every earlier call has settled; its result or error is passed through. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * @example const lock = createLock(); await lock.run(() => applyEdit());
 */
export function createLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work, work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

// Progress on stderr: a live bar on a terminal, a few plain lines when output is redirected.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

/** A progress display for one stage of long work ("extract", "load"). */
export function createProgress(stage: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${stage.padEnd(8)} [{bar}] {percentage}% | {value}/{total} | {label}`,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, label = '') {
        if (!started) {
          bar.start(total, done, { label });
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done, { label });
        }
      },
      stop: () => started && bar.stop(),
    };
  }
  // Redirected output: report every tenth of the work so logs stay short.
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${stage}: ${done}/${total}\n`);
      }
    },
    stop() {},
  };
}

/**
 * One line per stage, all kept while the stages overlap (extract and load run together): on a terminal a
 * bar each, redirected a line per tenth of each stage.
 * @example const bars = createStageProgress(); bars.update('extract', 3, 10, 'a.txt'); bars.stop();
 */
export function createStageProgress(stream: NodeJS.WriteStream = process.stderr): {
  update(stage: string, done: number, total: number, label?: string): void;
  stop(): void;
} {
  if (!stream.isTTY) {
    const lines = new Map<string, Progress>();
    return {
      update(stage, done, total) {
        if (!lines.has(stage)) lines.set(stage, createProgress(stage, stream));
        lines.get(stage)!.update(done, total);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: '{stage} [{bar}] {percentage}% | {value}/{total} | {label}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    update(stage, done, total, label = '') {
      const bar = bars.get(stage);
      if (!bar) bars.set(stage, multi.create(total, done, { stage: stage.padEnd(8), label }));
      else {
        bar.setTotal(total);
        bar.update(done, { label });
      }
    },
    stop: () => multi.stop(),
  };
}

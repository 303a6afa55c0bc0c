// CPU figures of the Neo4j JVM for the load benchmark: where the server's time went (JIT, GC, the rest).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface JvmStats {
  /** User + system CPU seconds of the whole JVM (all threads). */
  cpuSeconds: number;
  /** Seconds the JIT compiler threads spent compiling; null without `jcmd` (a JRE has none). */
  jitSeconds: number | null;
  /** Seconds the application was paused for garbage collection; null without `jcmd`. */
  gcPauseSeconds: number | null;
}

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** The JVM's counters now; compare two readings with `jvmStatsBetween`. Linux only (/proc). */
export function readJvmStats(pid: number): JvmStats {
  // Fields after the command name, which may itself contain spaces: utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  const counters = perfCounters(pid);
  const seconds = (name: string): number | null => {
    const value = counters?.get(name);
    const frequency = counters?.get('sun.os.hrt.frequency');
    return value === undefined || !frequency ? null : value / frequency;
  };
  const young = seconds('sun.gc.collector.0.time');
  const old = seconds('sun.gc.collector.1.time');
  return {
    cpuSeconds,
    jitSeconds: seconds('java.ci.totalTime'),
    gcPauseSeconds: young === null || old === null ? null : young + old,
  };
}

export function jvmStatsBetween(before: JvmStats, after: JvmStats): JvmStats {
  const minus = (a: number | null, b: number | null): number | null =>
    a === null || b === null ? null : a - b;
  return {
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    jitSeconds: minus(after.jitSeconds, before.jitSeconds),
    gcPauseSeconds: minus(after.gcPauseSeconds, before.gcPauseSeconds),
  };
}

/** HotSpot's performance counters (`jcmd PID PerfCounter.print`), or null when jcmd is missing or fails. */
function perfCounters(pid: number): Map<string, number> | null {
  try {
    const text = execFileSync('jcmd', [String(pid), 'PerfCounter.print'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const counters = new Map<string, number>();
    for (const line of text.split('\n')) {
      const match = /^([\w.]+)=(\d+)$/.exec(line.trim());
      if (match) counters.set(match[1]!, Number(match[2]));
    }
    return counters;
  } catch {
    return null;
  }
}

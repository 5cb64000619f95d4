import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcessRun {
  /** Wall-clock time from spawn to exit, in milliseconds. */
  ms: number;
  /**
   * CPU time (user + system) of every process of the group, in milliseconds:
   * the sum of the last figure sampled for each. On a shared machine this
   * moves far less with the load than the wall-clock time. Processes shorter
   * than one sampling interval are missed.
   */
  cpuMs: number;
  /** Highest RSS of the whole process group at one sample. */
  peakRss: number;
  /**
   * Highest RSS at one sample of Pagefind's indexer (a binary the `pagefind`
   * package starts as a child process), and of every other process of the
   * group, which for a build is Astro's Node process and its workers.
   */
  peakRssBy: { astro: number; pagefind: number };
  code: number;
  output: string;
  /** Each line of output with the time it arrived, in ms from the spawn: the phases are read from these. */
  lines: TimedLine[];
  /** CPU time of the whole group so far, sampled with `ms` from the spawn: a phase's CPU is the difference at its ends. */
  cpuTimeline: { ms: number; cpuMs: number }[];
}

export interface TimedLine {
  ms: number;
  text: string;
}

const PAGE_SIZE = 4096;

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/**
 * Samples every live process whose process group is `pgid`: returns the sum
 * of their RSS, and of those of Pagefind's indexer alone, and records each
 * one's CPU time (user + system, in ticks) in `cpu`.
 */
function sampleGroup(pgid: number, cpu: Map<string, number>): { total: number; pagefind: number } {
  let total = 0;
  let pagefind = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = Number(fields[21]) * PAGE_SIZE;
      total += rss;
      // The command name, between the parentheses: "pagefind" or "pagefind_extended".
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('pagefind')) pagefind += rss;
      // A pid is keyed with its start time, in case the system reuses it within the run.
      cpu.set(`${name}@${fields[19]}`, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { total, pagefind };
}

/** CPU time of every process seen so far, in milliseconds. */
const cpuSum = (cpu: Map<string, number>) => [...cpu.values()].reduce((sum, ticks) => sum + ticks, 0) * TICK_MS;

/**
 * Runs a command in a process group of its own and samples, every
 * `intervalMs`, the memory of the whole group: `astro build` starts workers
 * and Pagefind's indexer is a separate binary, and the peak that matters to
 * the machine is their sum. Their CPU time is summed the same way (the build
 * does not reap the indexer, so /usr/bin/time misses its CPU). Sampling can
 * miss a spike shorter than the interval; RSS of a build rises and falls
 * over seconds.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const lines: TimedLine[] = [];
    let partial = '';
    // Lines are stamped when they arrive; a build logs each phase as it ends, so this is when it ended.
    const receive = (d: Buffer) => {
      const text = d.toString();
      output += text;
      const parts = (partial + text).split('\n');
      partial = parts.pop()!;
      const ms = performance.now() - start;
      for (const line of parts) lines.push({ ms, text: line });
    };
    child.stdout.on('data', receive);
    child.stderr.on('data', receive);
    const cpuTimeline: ProcessRun['cpuTimeline'] = [{ ms: 0, cpuMs: 0 }];
    let peakRss = 0;
    const peakRssBy = { astro: 0, pagefind: 0 };
    const cpu = new Map<string, number>();
    const sample = () => {
      if (!child.pid) return;
      const { total, pagefind } = sampleGroup(child.pid, cpu);
      cpuTimeline.push({ ms: performance.now() - start, cpuMs: cpuSum(cpu) });
      peakRss = Math.max(peakRss, total);
      peakRssBy.astro = Math.max(peakRssBy.astro, total - pagefind);
      peakRssBy.pagefind = Math.max(peakRssBy.pagefind, pagefind);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    let done = false;
    const finish = (code: number | null, ms: number) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      const cpuMs = cpuSum(cpu);
      if (partial) lines.push({ ms, text: partial });
      cpuTimeline.push({ ms, cpuMs });
      resolve({ ms, cpuMs, peakRss, peakRssBy, code: code ?? 1, output, lines, cpuTimeline });
    };
    // 'close' waits for the output pipes, which a stray grandchild can hold open after the build
    // has exited: then finish a few seconds after 'exit', timed at the exit.
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      setTimeout(() => finish(code, ms), 5000).unref();
      child.on('close', () => finish(code, ms));
    });
  });
}

/** Total size in bytes and number of files of a folder, with a filter on relative paths. */
export function folderSize(
  dir: string,
  keep: (relativePath: string) => boolean = () => true,
): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!keep(path.slice(dir.length + 1))) continue;
    bytes += statSync(path).size;
    files += 1;
  }
  return { bytes, files };
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The load averages of the machine (1, 5, 15 minutes), to note next to each timing. */
export function loadAverage(): [number, number, number] {
  const [a, b, c] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return [a!, b!, c!];
}

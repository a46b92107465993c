/**
 * Checking many files on every core: worker threads take files one at a time as they become free, and
 * the results are handed out strictly in the files' order, so the output is the same whatever the
 * parallelism. At most `WINDOW` files are dispatched beyond the first one not yet handed out, so memory
 * stays bounded however many files there are and however slow the consumer (the terminal, a pipe).
 *
 * The workers are the CLI bundle itself started as worker threads (main.ts branches on `workerData`).
 * A worker that fails to start or dies has its files checked in the main thread: no file goes
 * unchecked because of the pool.
 */
import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import { checkFile, type CheckConfig, type FileOutcome, type Job } from './check';
import { codeCache } from './codeCache';

export const WORKER_ROLE = 'govreport-lint-worker';

/**
 * Files from which worker threads help the main thread, on a machine of `MIN_CORES` or more. A worker is a fresh
 * V8 isolate that compiles the whole checker for itself: over its first few hundred reports it runs at a fifth
 * of its warm speed, and its optimizing compiler's jobs run on threads of their own. One thread checking cold
 * reports already keeps 1.4 cores busy, so on two cores a worker beside the main thread adds more work (2,000
 * reports: 7.8–8.1 s of CPU against 5.2–5.8 s) than the second core can absorb at first: in runs interleaved on
 * this project's 2-core machine the main thread alone took 6.0–7.9 s while the host was busy, the main thread with
 * one worker 6.0–19 s (two workers, as before, 7.3–16 s); on a quiet host 4.3–4.5 s against 4.2–4.4 s.
 */
export const FILES_FOR_POOL = 500;
/** Cores from which a pool is used by default from `FILES_FOR_POOL` files: one is left to the compilers' threads. */
export const MIN_CORES = 3;
/**
 * Files from which a machine of two cores checks on both. Its worker pays back its warm-up only over a long run.
 * Once the checker's compile work shrank (2026-12-06: fewer deoptimisations, smaller hot functions, the readers'
 * libraries bundled apart), eight interleaved runs of 2,000 reports took 3.66–4.62 s with one worker against
 * 4.04–5.82 s on the main thread alone (faster in seven of the eight; 6.2–8.0 s of CPU against 4.8–6.4), six more
 * 3.50–4.53 s against 3.35–5.91 s (faster in four; slower by up to 6 % in the quietest two), `npm run bench` the same
 * either way; 1,000 reports 2.86–3.38 s against 2.60–3.20 s (no gain). The gain is small and largest when the host
 * is busy. Before that, on a quiet host, 2,000 reports took the same
 * either way and 4,000 were 10 % faster with the worker (the threshold was 3,000).
 */
export const FILES_FOR_TWO_CORES = 2000;
/** Files dispatched ahead of the first one not yet handed out. */
const WINDOW = 128;
/**
 * Files a worker holds at once: one being checked, the others queued so that it never waits for the main
 * thread, which hears from it only between two files of its own (a few milliseconds, more for a long report).
 */
const PER_WORKER = 8;

/** What a worker posts once it has loaded the checker and listens for files. */
const READY = 'ready';

export interface WorkerData {
  readonly role: typeof WORKER_ROLE;
  readonly config: CheckConfig;
}

/** A file to check, with its place in the whole run (which the output and the outcome carry). */
export type { Job };

/** The worker's side: checks each file it is sent and posts the outcome back. */
export function workerMain(port: MessagePort, config: CheckConfig): void {
  port.on('message', (job: Job) => {
    let outcome: FileOutcome;
    try {
      outcome = checkFile(job, config);
    } catch (e) {
      // checkFile reports its own failures; this is the last resort so that the main thread always hears back.
      outcome = { index: job.index, path: job.path, checked: false, counts: { error: 0, warning: 0, info: 0, hint: 0 }, byCode: {}, problem: String(e), fixed: false, chunk: '' };
    }
    port.postMessage(outcome);
  });
  port.postMessage(READY);
}

/**
 * How many worker threads to start for `fileCount` files, beside the main thread, which checks files too (0: it
 * checks them all). `--jobs N` asks for N threads in all; otherwise, with `FILES_FOR_POOL` files or more on
 * `MIN_CORES` cores or more, one thread per core but one; on two cores, both from `FILES_FOR_TWO_CORES` files.
 */
export function workerCount(fileCount: number, jobs: number | undefined, cores = availableParallelism()): number {
  const threads = jobs ?? defaultThreads(fileCount, cores);
  return Math.max(0, Math.min(threads, fileCount) - 1);
}

/** The threads, the main one among them, used for `fileCount` files on `cores` cores when `--jobs` says nothing. */
function defaultThreads(fileCount: number, cores: number): number {
  if (cores >= MIN_CORES) return fileCount >= FILES_FOR_POOL ? cores - 1 : 1;
  if (cores === 2 && fileCount >= FILES_FOR_TWO_CORES) return 2;
  return 1;
}

/** Checks the files of `jobs` and yields their outcomes in the jobs' order. */
export async function* checkAll(jobs: readonly Job[], config: CheckConfig, workers: number, script: string): AsyncGenerator<FileOutcome> {
  if (workers === 0) {
    for (const job of jobs) yield checkFile(job, config);
    return;
  }
  /** Outcomes not yet handed out, by position in `jobs`. */
  const done = new Map<number, FileOutcome>();
  let nextToDispatch = 0;
  let nextToYield = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  interface Slot {
    readonly worker: Worker;
    /** Positions in `jobs` of the files sent to this worker, by their index in the run. */
    readonly inFlight: Map<number, number>;
    alive: boolean;
    /** Sent files only once it has loaded the checker: until then the main thread checks them. */
    ready: boolean;
  }
  const slots: Slot[] = [];

  /** A dead worker's files are checked here; the pool goes on with the others. */
  const retire = (slot: Slot) => {
    if (!slot.alive) return;
    slot.alive = false;
    for (const [index, position] of slot.inFlight) done.set(position, checkFile({ ...jobs[position]!, index }, config));
    slot.inFlight.clear();
    void slot.worker.terminate();
    notify();
  };

  const fill = () => {
    for (const slot of slots) {
      while (slot.alive && slot.ready && slot.inFlight.size < PER_WORKER && nextToDispatch < jobs.length && nextToDispatch < nextToYield + WINDOW) {
        const job = jobs[nextToDispatch]!;
        slot.inFlight.set(job.index, nextToDispatch);
        nextToDispatch++;
        slot.worker.postMessage(job);
      }
    }
  };

  for (let i = 0; i < workers; i++) {
    let worker: Worker;
    try {
      const data: WorkerData = { role: WORKER_ROLE, config };
      // Through dist/boot.js when the main thread was loaded by it, so that the worker starts from the code cache too.
      worker = new Worker(codeCache()?.entry ?? script, { workerData: data, stdout: false, stderr: false });
    } catch {
      break;
    }
    const slot: Slot = { worker, inFlight: new Map(), alive: true, ready: false };
    worker.on('message', (o: FileOutcome | typeof READY) => {
      if (o === READY) {
        slot.ready = true;
        fill();
        return;
      }
      const position = slot.inFlight.get(o.index);
      if (position === undefined) return;
      slot.inFlight.delete(o.index);
      done.set(position, o);
      fill();
      notify();
    });
    worker.on('error', () => retire(slot));
    worker.on('exit', () => retire(slot));
    slots.push(slot);
  }

  try {
    while (nextToYield < jobs.length) {
      const outcome = done.get(nextToYield);
      if (outcome) {
        done.delete(nextToYield);
        nextToYield++;
        yield outcome;
        continue;
      }
      fill();
      if (nextToDispatch < jobs.length && nextToDispatch < nextToYield + WINDOW) {
        // The main thread checks files too, the next one no worker has taken: it is already compiled and warming
        // while the workers start, and on two cores a worker beside it uses both without a third isolate's
        // compiler competing for them. Then one turn of the event loop, so that the workers' outcomes come in
        // and they are sent more files before this thread takes its next.
        const position = nextToDispatch++;
        done.set(position, checkFile(jobs[position]!, config));
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      // Every file is taken (or the window is full) and the next to hand out is a worker's: wait for it.
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const slot of slots) {
      slot.alive = false;
      slot.worker.removeAllListeners();
      // Ignore late errors while terminating.
      slot.worker.on('error', () => undefined);
      await slot.worker.terminate();
    }
  }
}

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

export const WORKER_ROLE = 'govreport-lint-worker';

/**
 * Files each worker thread must have for the pool to pay. A worker is a fresh V8 isolate that compiles the
 * whole checker for itself: over its first few hundred reports it runs at a fifth of its warm speed while
 * its optimizing compiler takes a core of its own, about 1.5 s of CPU before it is warm (README, *Where the
 * figures stand*). On this project's 2-core machine the main thread alone checked 500 reports in 1.7–2.1 s
 * and two workers in 2.1–3.0 s; 1,000 reports in 2.9–3.1 s against 3.7–3.8 s; 2,000 as fast either way
 * when the host gave two threads their full speed (3.7 s against 3.6 s).
 */
export const FILES_PER_WORKER = 1000;
/** Files dispatched ahead of the first one not yet handed out. */
const WINDOW = 128;
/** Files a worker holds at once (one being checked, one queued so it never waits for the main thread). */
const PER_WORKER = 2;

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
}

/**
 * How many worker threads to use for `fileCount` files: 0 means the main thread checks them. `--jobs N`
 * asks for N; otherwise one per core, as many as have `FILES_PER_WORKER` files each, and none below two.
 */
export function workerCount(fileCount: number, jobs: number | undefined, cores = availableParallelism()): number {
  if (jobs !== undefined) return jobs <= 1 ? 0 : Math.min(jobs, fileCount);
  const workers = Math.min(cores, Math.floor(fileCount / FILES_PER_WORKER));
  return workers < 2 ? 0 : workers;
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
      while (slot.alive && slot.inFlight.size < PER_WORKER && nextToDispatch < jobs.length && nextToDispatch < nextToYield + WINDOW) {
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
      worker = new Worker(script, { workerData: data, stdout: false, stderr: false });
    } catch {
      break;
    }
    const slot: Slot = { worker, inFlight: new Map(), alive: true };
    worker.on('message', (o: FileOutcome) => {
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
      fill();
      let outcome = done.get(nextToYield);
      if (!outcome) {
        if (!slots.some((s) => s.alive)) {
          // No worker left: check the rest here, in order.
          const position = nextToYield;
          if (position >= nextToDispatch) nextToDispatch = position + 1;
          outcome = checkFile(jobs[position]!, config);
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
      }
      done.delete(nextToYield);
      nextToYield++;
      yield outcome;
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

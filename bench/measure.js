// Timing helpers: wall time of whole commands (spawned, as a user runs them) and of
// in-process functions, reported as medians.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a command `runs` times after one warm-up run and returns the median wall time in ms. */
export function timeCommand(command, args, options, runs) {
  const samples = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    const result = spawnSync(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const elapsed = performance.now() - start;
    if (result.error) throw result.error;
    if (options.expectStatus !== undefined && result.status !== options.expectStatus) {
      throw new Error(
        `${command} ${args.join(" ")} exited ${result.status}, expected ${options.expectStatus}:\n${result.stderr}${String(result.stdout).slice(0, 2000)}`,
      );
    }
    if (run > 0) samples.push(elapsed);
  }
  return median(samples);
}

/** Times `work` `runs` times after one warm-up call; returns the median in ms. */
export function timeFunction(work, runs) {
  work();
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

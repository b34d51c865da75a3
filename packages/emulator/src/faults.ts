import { SeededRandom } from "./random.js";

/**
 * What a fault does to an authenticated API request:
 * - `throttling`: HTTP 400 `Throttling.User`, the code the service uses for throttling;
 * - `internalError` / `serviceUnavailable`: HTTP 500 `InternalError` / 503 `ServiceUnavailable`;
 * - `delay`: waits `delayMs` before running the API, then responds normally;
 * - `drop`: closes the connection without running the API or answering;
 * - `dropAfterCommit`: runs the API (a write is applied and saved), then closes the
 *   connection without answering, the "unclear failure" a client must recover from.
 */
export const faultKinds = [
  "throttling",
  "internalError",
  "serviceUnavailable",
  "delay",
  "drop",
  "dropAfterCommit",
] as const;

export type FaultKind = (typeof faultKinds)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** Only requests with this `Action` trigger the fault. Absent: every action. */
  action?: string;
  /** The fault fires on this many requests, then is removed. Absent: no limit. */
  times?: number;
  /** Chance from 0 to 1 that a matching request triggers the fault, drawn from the seeded RNG. */
  probability?: number;
  /** Wait in milliseconds; required for `delay`. */
  delayMs?: number;
}

export interface FaultOptions {
  /** Seed of the generator behind `probability`. Defaults to 1. */
  seed?: number;
  rules?: FaultSpec[];
}

export interface ActiveFault extends FaultSpec {
  id: number;
  /** Requests it still fires on, or null without a limit. */
  remaining: number | null;
  /** Requests it has fired on so far. */
  fired: number;
}

export interface FaultDecision {
  /** Sum of the waits of every `delay` fault that fired. */
  delayMs: number;
  /** The first other fault that fired; at most one decides the outcome. */
  outcome?: Exclude<FaultKind, "delay">;
}

/** Longest accepted delay, so a typo cannot hang a test run for hours. */
const maxDelayMs = 10 * 60 * 1000;

/**
 * Faults that tests turn on and off while the emulator runs. Rules are checked in the order
 * they were added. The waits of `delay` faults add up. The first other fault that fires
 * decides the outcome, and later ones are then skipped without being counted or drawn for.
 */
export class FaultController {
  #faults: ActiveFault[] = [];
  #random: SeededRandom;
  #nextId = 1;

  constructor(options: FaultOptions = {}) {
    this.#random = new SeededRandom(options.seed ?? 1);
    for (const spec of options.rules ?? []) {
      this.add(spec);
    }
  }

  /** Adds a fault after checking it; throws a TypeError that names the problem. */
  add(spec: FaultSpec): ActiveFault {
    const checked = checkFaultSpec(spec);
    const fault: ActiveFault = {
      ...checked,
      id: this.#nextId++,
      remaining: checked.times ?? null,
      fired: 0,
    };
    this.#faults.push(fault);
    return { ...fault };
  }

  /** Replaces every fault, and reseeds the generator when a seed is given. */
  replace(options: FaultOptions): ActiveFault[] {
    const specs = (options.rules ?? []).map(checkFaultSpec);
    this.clear();
    if (options.seed !== undefined) {
      this.reseed(options.seed);
    }
    return specs.map((spec) => this.add(spec));
  }

  remove(id: number): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }

  reseed(seed: number): void {
    if (!Number.isInteger(seed)) {
      throw new TypeError(`Fault seed must be an integer, got ${JSON.stringify(seed)}.`);
    }
    this.#random = new SeededRandom(seed);
  }

  list(): ActiveFault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  /** Decides which faults apply to one request with this `Action`, and counts them. */
  decide(action: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0 };

    for (const fault of this.#faults) {
      if (fault.action !== undefined && fault.action !== action) {
        continue;
      }
      if (decision.outcome !== undefined && fault.kind !== "delay") {
        continue;
      }
      if (fault.probability !== undefined && this.#random.next() >= fault.probability) {
        continue;
      }

      fault.fired++;
      if (fault.remaining !== null) {
        fault.remaining--;
      }
      if (fault.kind === "delay") {
        decision.delayMs += fault.delayMs ?? 0;
      } else {
        decision.outcome = fault.kind;
      }
    }

    this.#faults = this.#faults.filter((fault) => fault.remaining !== 0);
    return decision;
  }
}

/** Checks a fault description, for example one received as JSON; throws a TypeError. */
export function checkFaultSpec(value: unknown): FaultSpec {
  if (typeof value !== "object" || value === null) {
    throw new TypeError('A fault must be an object such as {"kind": "throttling"}.');
  }
  const spec = value as Record<string, unknown>;

  if (!(faultKinds as readonly unknown[]).includes(spec.kind)) {
    throw new TypeError(
      `Unknown fault kind ${JSON.stringify(spec.kind)}; use one of ${faultKinds.join(", ")}.`,
    );
  }
  if (spec.action !== undefined && typeof spec.action !== "string") {
    throw new TypeError('Fault field action must be a string such as "CreateRule".');
  }
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && (spec.times as number) > 0)) {
    throw new TypeError(
      `Fault field times must be a positive integer, got ${JSON.stringify(spec.times)}.`,
    );
  }
  const probability = spec.probability;
  if (
    probability !== undefined &&
    !(typeof probability === "number" && probability >= 0 && probability <= 1)
  ) {
    throw new TypeError(
      `Fault field probability must be a number from 0 to 1, got ${JSON.stringify(probability)}.`,
    );
  }

  const delayMs = spec.delayMs;
  const delayValid =
    Number.isInteger(delayMs) && (delayMs as number) >= 0 && (delayMs as number) <= maxDelayMs;
  if (spec.kind === "delay" && !delayValid) {
    throw new TypeError(`A delay fault needs delayMs, an integer from 0 to ${maxDelayMs}.`);
  }

  return {
    kind: spec.kind as FaultKind,
    ...(spec.action === undefined ? {} : { action: spec.action as string }),
    ...(spec.times === undefined ? {} : { times: spec.times as number }),
    ...(probability === undefined ? {} : { probability: probability as number }),
    ...(spec.kind === "delay" ? { delayMs: delayMs as number } : {}),
  };
}

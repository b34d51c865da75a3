import { readFile } from "node:fs/promises";
import { DeployError } from "./errors.js";
import { planEntriesHash } from "./plan.js";
import type { Plan, PlanEntry } from "./types.js";

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

const textFields: Record<PlanEntry["kind"], string[]> = {
  create: ["key", "file", "name", "json", "hash"],
  update: ["key", "file", "name", "json", "hash", "id", "remoteName"],
  drifted: ["key", "file", "name", "json", "hash", "id"],
  unchanged: ["key", "file", "name", "json", "hash", "id"],
  "remote-only": ["id", "name"],
  delete: ["id", "name"],
  "invalid-remote": ["id", "name", "file", "problem"],
  forget: ["key", "id", "name"],
};

/**
 * Reads a plan saved by `plan --out`. The entries must still hash to the plan's
 * `planHash`: a plan edited or damaged by hand is rejected, not applied.
 */
export async function loadPlan(path: string): Promise<Plan> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new DeployError("deploy.plan.unreadable", { path, reason: (error as Error).message }, 2);
  }

  const plan = data as Partial<Plan>;
  const valid =
    typeof data === "object" &&
    data !== null &&
    plan.planVersion === 1 &&
    typeof plan.endpoint === "string" &&
    typeof plan.remoteHash === "string" &&
    typeof plan.planHash === "string" &&
    typeof plan.prune === "boolean" &&
    Array.isArray(plan.entries) &&
    plan.entries.every(isEntry);
  if (!valid) throw new DeployError("deploy.plan.invalid", { path }, 2);

  const full = plan as Plan;
  if (planEntriesHash(full.entries) !== full.planHash) {
    throw new DeployError("deploy.plan.tampered", { path }, 2);
  }
  return full;
}

function isEntry(value: unknown): value is PlanEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  // hasOwn, so that a kind such as "toString" is not looked up on the prototype.
  if (typeof entry.kind !== "string" || !Object.hasOwn(textFields, entry.kind)) return false;
  const fields = textFields[entry.kind as PlanEntry["kind"]];
  return fields.every((field) => typeof entry[field] === "string");
}

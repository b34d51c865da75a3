import type { ErrorObject } from "ajv";
import { pointerSegments } from "../schema/locations.js";

const REMOVED = Symbol("removed");

/**
 * Removes from `value` every part that an ajv error points at, so a configuration with one
 * bad setting still applies the good ones: an unknown property goes, an object missing a
 * required property goes, any other invalid value goes. Returns false when the root itself
 * is invalid and nothing can be kept.
 */
export function removeInvalidParts(value: unknown, errors: readonly ErrorObject[]): boolean {
  for (const error of errors) {
    const segments = pointerSegments(error.instancePath);
    if (error.keyword === "additionalProperties") {
      segments.push(String((error.params as { additionalProperty?: unknown }).additionalProperty));
    }
    if (segments.length === 0) return false;
    markRemoved(value, segments);
  }
  sweep(value);
  return true;
}

function markRemoved(root: unknown, segments: readonly string[]): void {
  let parent: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return;
    parent = (parent as Record<string, unknown>)[segment];
  }
  const last = segments[segments.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (Number.isInteger(index) && index < parent.length) parent[index] = REMOVED;
  } else if (typeof parent === "object" && parent !== null && Object.hasOwn(parent, last)) {
    (parent as Record<string, unknown>)[last] = REMOVED;
  }
}

// Array elements are marked first and dropped here, so indices of other errors stay valid.
function sweep(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      if (value[i] === REMOVED) value.splice(i, 1);
      else sweep(value[i]);
    }
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === REMOVED) delete record[key];
      else sweep(record[key]);
    }
  }
}

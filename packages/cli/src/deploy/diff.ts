import type { Content, Locale } from "@idrs-rules/core";
import { actionsBySequence, readContent } from "./content.js";
import { describeContentProblem } from "./content-problem.js";
import type { ChangeClass, ContentDiff, StepDiff } from "./types.js";

/**
 * Compares the remote content (raw text) with the local compiled content: per chapter, the
 * actions kept, added and removed, and one class for the whole change.
 */
export function diffContent(
  remoteText: string,
  local: Content,
  names: { remote: string; local: string },
  locale: Locale = "en",
): ContentDiff {
  const previousName = names.remote === names.local ? undefined : names.remote;
  const remote = readContent(remoteText);
  if (remote === undefined) {
    const steps = [...actionsBySequence(local)].map(([sequence, actions]) => ({
      sequence,
      status: "added" as const,
      lines: actions.map((action) => ({ mark: "+" as const, action })),
    }));
    return {
      change: "replaces-invalid",
      previousName,
      steps,
      stepOrderChanged: false,
      remoteInvalid: true,
      remoteProblem: describeContentProblem(remoteText, locale),
    };
  }

  const before = actionsBySequence(remote);
  const after = actionsBySequence(local);
  const steps: StepDiff[] = [];

  for (const [sequence, actions] of after) {
    const old = before.get(sequence);
    if (old === undefined) {
      steps.push({
        sequence,
        status: "added",
        lines: actions.map((action) => ({ mark: "+", action })),
      });
      continue;
    }
    const lines = diffLines(old, actions);
    if (lines.some((line) => line.mark !== " ")) {
      steps.push({ sequence, status: sameMultiset(old, actions) ? "reordered" : "changed", lines });
    }
  }
  for (const [sequence, actions] of before) {
    if (!after.has(sequence)) {
      steps.push({
        sequence,
        status: "removed",
        lines: actions.map((action) => ({ mark: "-", action })),
      });
    }
  }

  const stepOrderChanged = !sameOrder([...before.keys()], [...after.keys()]);
  const change = classify(remote, local, previousName !== undefined);
  return { change, previousName, steps, stepOrderChanged, remoteInvalid: false };
}

/** Classifies by the multiset of (chapter, action) checks: what a compliance reviewer asks first. */
function classify(remote: Content, local: Content, renamed: boolean): ChangeClass {
  const counts = new Map<string, number>();
  for (const step of remote) {
    for (const action of step.actions) {
      const check = `${step.sequence}\u0000${action.name}`;
      counts.set(check, (counts.get(check) ?? 0) - 1);
    }
  }
  for (const step of local) {
    for (const action of step.actions) {
      const check = `${step.sequence}\u0000${action.name}`;
      counts.set(check, (counts.get(check) ?? 0) + 1);
    }
  }

  const values = [...counts.values()];
  const adds = values.some((count) => count > 0);
  const removes = values.some((count) => count < 0);
  if (adds && removes) return "mixed";
  if (adds) return "adds-checks";
  if (removes) return "removes-checks";
  // Same checks: either only the name changed, or chapters, actions or JSON keys moved.
  if (renamed && JSON.stringify(remote) === JSON.stringify(local)) return "renames";
  return "reorders";
}

/** Above this many cells the middle of two lists is shown as removed then added, not aligned. */
const maxAlignmentCells = 4_000_000;

/** Line diff of two action lists: common prefix and suffix, then a longest common subsequence. */
function diffLines(old: string[], next: string[]): StepDiff["lines"] {
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let endOld = old.length;
  let endNext = next.length;
  while (endOld > start && endNext > start && old[endOld - 1] === next[endNext - 1]) {
    endOld--;
    endNext--;
  }

  const keep = (action: string) => ({ mark: " " as const, action });
  const middle = alignMiddle(old.slice(start, endOld), next.slice(start, endNext));
  return [...old.slice(0, start).map(keep), ...middle, ...old.slice(endOld).map(keep)];
}

function alignMiddle(old: string[], next: string[]): StepDiff["lines"] {
  if (old.length * next.length > maxAlignmentCells) {
    return [
      ...old.map((action) => ({ mark: "-" as const, action })),
      ...next.map((action) => ({ mark: "+" as const, action })),
    ];
  }

  // lengths[i][j]: LCS length of old[i..] and next[j..], filled from the end.
  const width = next.length + 1;
  const lengths = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        old[i] === next[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }

  const lines: StepDiff["lines"] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    if (i < old.length && j < next.length && old[i] === next[j]) {
      lines.push({ mark: " ", action: old[i] as string });
      i++;
      j++;
    } else if (
      j < next.length &&
      (i === old.length || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))
    ) {
      lines.push({ mark: "+", action: next[j] as string });
      j++;
    } else {
      lines.push({ mark: "-", action: old[i] as string });
      i++;
    }
  }
  return lines;
}

function sameMultiset(left: string[], right: string[]): boolean {
  if (left.length !== right.length) return false;
  const sortedLeft = [...left].sort();
  const sortedRight = [...right].sort();
  return sortedLeft.every((item, index) => item === sortedRight[index]);
}

/** True when the chapters present in both lists come in the same order. */
function sameOrder(left: number[], right: number[]): boolean {
  const inLeft = new Set(left);
  const inRight = new Set(right);
  const leftCommon = left.filter((item) => inRight.has(item));
  const rightCommon = right.filter((item) => inLeft.has(item));
  return leftCommon.every((item, index) => item === rightCommon[index]);
}

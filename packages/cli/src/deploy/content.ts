import type { Content } from "@idrs-rules/core";

/**
 * Reads content JSON text if it has the shape of rule content: an array of
 * `{sequence: integer >= 0, actions: [{name: string}]}` with no other keys. Returns undefined for anything
 * else (such as the `"{}"` that the service's own samples show), so callers can show the
 * raw text instead. This is a shape check for diffs, not the linter's validation.
 */
export function readContent(text: string): Content | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) {
    return undefined;
  }

  const content: Content = [];
  for (const step of data) {
    if (typeof step !== "object" || step === null) return undefined;
    if (Object.keys(step).some((key) => key !== "sequence" && key !== "actions")) return undefined;
    const { sequence, actions } = step as { sequence?: unknown; actions?: unknown };
    if (typeof sequence !== "number" || !Number.isInteger(sequence) || sequence < 0) {
      return undefined;
    }
    if (!Array.isArray(actions)) return undefined;

    const names: Array<{ name: string }> = [];
    for (const action of actions) {
      if (typeof action !== "object" || action === null) return undefined;
      if (Object.keys(action).some((key) => key !== "name")) return undefined;
      const name = (action as { name?: unknown }).name;
      if (typeof name !== "string") return undefined;
      names.push({ name });
    }
    content.push({ sequence, actions: names });
  }
  return content;
}

/**
 * Groups the actions of a content by chapter, in order of first appearance. Content may
 * repeat a `sequence`; its actions are then listed together, in content order.
 */
export function actionsBySequence(content: Content): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const step of content) {
    const names = groups.get(step.sequence) ?? [];
    names.push(...step.actions.map((action) => action.name));
    groups.set(step.sequence, names);
  }
  return groups;
}

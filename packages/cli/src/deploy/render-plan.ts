import type { Locale } from "@idrs-rules/core";
import { type DeployMessageKey, deployMessage } from "./messages.js";
import { escapeControls } from "./safe-text.js";
import type { ContentDiff, Plan, PlanEntry, PlanEntryKind } from "./types.js";

/** At most this many action lines are printed per rule; 1 MB rules would flood a terminal. */
const maxDiffLines = 40;

/** Counts entries per kind, in the order the summary lists them. */
export function countEntries(plan: Plan): Record<PlanEntryKind, number> {
  const counts: Record<PlanEntryKind, number> = {
    create: 0,
    update: 0,
    delete: 0,
    drifted: 0,
    "remote-only": 0,
    unchanged: 0,
    "invalid-remote": 0,
    forget: 0,
  };
  for (const entry of plan.entries) counts[entry.kind]++;
  return counts;
}

/** True when the remote differs from the repository: what `--detailed-exitcode` reports as 2. */
export function planHasChanges(plan: Plan): boolean {
  return plan.entries.some((entry) => entry.kind !== "unchanged" && entry.kind !== "forget");
}

/** Renders the plan for people: a summary line, then one block per entry that is not unchanged. */
export function renderPlan(plan: Plan, locale: Locale, options: { force?: boolean } = {}): string {
  const t = (key: DeployMessageKey, args = {}) => deployMessage(locale, key, args);
  const counts = countEntries(plan);
  const lines = [
    t("plan.header", { endpoint: plan.endpoint }),
    t("plan.counts", {
      create: counts.create,
      update: counts.update,
      delete: counts.delete,
      drifted: counts.drifted,
      remoteOnly: counts["remote-only"],
      invalid: counts["invalid-remote"],
      unchanged: counts.unchanged,
    }),
    "",
  ];

  for (const entry of plan.entries) {
    lines.push(...renderEntry(entry, locale));
  }

  if (!planHasChanges(plan)) lines.push(t("plan.noChanges"));
  // Under apply --force the drifted rules are being overwritten: no hint to do so.
  if (counts.drifted > 0) lines.push("", t(options.force ? "plan.driftForced" : "plan.driftHint"));
  if (counts["remote-only"] > 0) lines.push("", t("plan.remoteOnlyHint"));
  if (counts["invalid-remote"] > 0) lines.push("", t("plan.invalidRemoteHint"));
  return `${lines.join("\n")}\n`;
}

function renderEntry(entry: PlanEntry, locale: Locale): string[] {
  const t = (key: DeployMessageKey, args = {}) => deployMessage(locale, key, args);
  switch (entry.kind) {
    case "create":
      return [t("plan.entry.create", { name: entry.name, file: entry.file })];
    case "update": {
      const change = t(`change.${entry.diff.change}`);
      const head = t("plan.entry.update", {
        name: entry.name,
        id: entry.id,
        file: entry.file,
        change,
      });
      const renamed =
        entry.renamedFrom === undefined
          ? []
          : [`    ${t("plan.renamedFrom", { name: entry.renamedFrom })}`];
      return [head, ...renamed, ...renderDiff(entry.diff, locale)];
    }
    case "drifted": {
      const args = { name: entry.name, id: entry.id, file: entry.file };
      if (entry.remoteDeleted) return [t("plan.entry.driftedDeleted", args)];
      const key = entry.untracked ? "plan.entry.driftedUntracked" : "plan.entry.drifted";
      const remoteName =
        entry.remoteName !== undefined && entry.remoteName !== entry.name
          ? [`    ${t("plan.remoteName", { name: entry.remoteName })}`]
          : [];
      // The diff reads from the remote (as edited in the console) to the repository, which is
      // what apply --force sends; say so, or a check removed remotely reads as one added here.
      const diff = entry.diff
        ? [`    ${t("plan.driftDirection")}`, ...renderDiff(entry.diff, locale)]
        : [];
      return [t(key, args), ...remoteName, ...diff];
    }
    case "unchanged":
      return entry.lockUpdate
        ? [t("plan.entry.relink", { name: entry.name, id: entry.id, file: entry.file })]
        : [];
    case "remote-only":
      return [
        entry.managed
          ? t("plan.entry.remoteOnlyManaged", {
              name: entry.name,
              id: entry.id,
              key: entry.key ?? "",
            })
          : t("plan.entry.remoteOnly", { name: entry.name, id: entry.id }),
      ];
    case "delete":
      return [t("plan.entry.delete", { name: entry.name, id: entry.id })];
    case "invalid-remote":
      return [
        t("plan.entry.invalidRemote", { name: entry.name, id: entry.id, file: entry.file }),
        `    ${t("plan.invalidProblem", { problem: entry.problem })}`,
      ];
    case "forget":
      return [t("plan.entry.forget", { name: entry.name, id: entry.id })];
  }
}

/**
 * Chapter by chapter, the actions of each changed chapter in their new order: added (`+`),
 * removed (`-`) and kept (two spaces), so a new order is visible.
 */
export function renderDiff(diff: ContentDiff, locale: Locale): string[] {
  const t = (key: DeployMessageKey, args = {}) => deployMessage(locale, key, args);
  const lines: string[] = [];
  if (diff.remoteInvalid) {
    const problem = diff.remoteProblem ?? "";
    lines.push(`    ${t("diff.remoteInvalid", { problem })}`);
  }
  if (diff.stepOrderChanged) lines.push(`    ${t("diff.stepOrder")}`);

  let printed = 0;
  let hidden = 0;
  for (const step of diff.steps) {
    const label =
      step.sequence === 0 ? t("diff.throughout") : t("diff.step", { sequence: step.sequence });
    const heading =
      step.status === "changed"
        ? label
        : t("diff.stepWithStatus", { step: label, status: t(`diff.status.${step.status}`) });
    lines.push(`    ${heading}`);

    for (const line of step.lines) {
      if (printed >= maxDiffLines) {
        hidden++;
        continue;
      }
      lines.push(`      ${line.mark} ${escapeControls(line.action)}`);
      printed++;
    }
  }
  if (hidden > 0) lines.push(`    ${t("diff.more", { count: hidden })}`);
  return lines;
}

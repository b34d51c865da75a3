import type { Content } from "@idrs-rules/core";

/**
 * One rule of the repository, compiled. `key` identifies it in the lock file: the file path
 * relative to the repository root (with `/` separators), `#`, and the rule name.
 */
export interface LocalRule {
  key: string;
  file: string;
  name: string;
  /** Compiled content as the service expects it: compact JSON text. */
  json: string;
  /** `contentHash(json)`. */
  hash: string;
}

/** One rule as the service returns it. `content` is the raw text, valid rule JSON or not. */
export interface RemoteRule {
  id: string;
  name: string;
  content: string;
}

/** How an update changes the checks of a rule, as reviewers want to see it first. */
export type ChangeClass =
  | "adds-checks"
  | "removes-checks"
  | "reorders"
  | "mixed"
  | "renames"
  | "replaces-invalid";

/** A step of a content diff: one chapter (`sequence`) and its action lines. */
export interface StepDiff {
  sequence: number;
  status: "added" | "removed" | "changed" | "reordered";
  /** Action names in new order, each marked: kept (` `), added (`+`) or removed (`-`). */
  lines: Array<{ mark: " " | "+" | "-"; action: string }>;
}

export interface ContentDiff {
  change: ChangeClass;
  previousName?: string;
  steps: StepDiff[];
  /** True when the chapters themselves moved in the content array. */
  stepOrderChanged: boolean;
  /** True when the remote content is not rule JSON, so no step diff can be shown. */
  remoteInvalid: boolean;
  /** What is wrong with invalid remote content (`line:column: message`), in the plan's language. */
  remoteProblem?: string;
}

interface LocalSide {
  key: string;
  file: string;
  name: string;
  json: string;
  hash: string;
}

/** Create a rule that the remote does not have. */
export interface CreateEntry extends LocalSide {
  kind: "create";
}

/** Update a remote rule: new content, a new name (`renamedFrom`), or both. */
export interface UpdateEntry extends LocalSide {
  kind: "update";
  id: string;
  remoteName: string;
  diff: ContentDiff;
  renamedFrom?: string;
}

/** Local and remote agree. `lockUpdate` is true when only the lock file needs writing. */
export interface UnchangedEntry extends LocalSide {
  kind: "unchanged";
  id: string;
  lockUpdate: boolean;
}

/**
 * The remote rule changed since the last apply or pull (or was deleted remotely). Apply
 * overwrites it only with `--force`: an update, or a create when it is gone.
 */
export interface DriftedEntry extends LocalSide {
  kind: "drifted";
  id: string;
  remoteDeleted: boolean;
  /** Absent when the remote rule is gone. */
  diff?: ContentDiff;
  remoteName?: string;
  /** True when the lock did not know the remote rule (matched by name, content differs). */
  untracked: boolean;
}

/** A remote rule with no local rule. `managed` is true when the lock records it. */
export interface RemoteOnlyEntry {
  kind: "remote-only";
  id: string;
  name: string;
  managed: boolean;
  key?: string;
}

/** A remote rule that apply deletes: remote-only, and the plan was made with `--prune`. */
export interface DeleteEntry {
  kind: "delete";
  id: string;
  name: string;
  managed: boolean;
  key?: string;
}

/**
 * A remote rule whose content is not valid rule content, saved by pull to `file`
 * (`NAME.invalid-content.txt`). It is reported on every plan and never deleted by `--prune`
 * while that file exists; writing the rule in a `.idrs` file under the same name replaces it.
 */
export interface InvalidRemoteEntry {
  kind: "invalid-remote";
  id: string;
  name: string;
  file: string;
  /** What is wrong with the content (`line:column: message`), in the plan's language. */
  problem: string;
}

/** A lock entry whose rule exists neither locally nor remotely: dropped from the lock. */
export interface ForgetEntry {
  kind: "forget";
  key: string;
  id: string;
  name: string;
}

export type PlanEntry =
  | CreateEntry
  | UpdateEntry
  | UnchangedEntry
  | DriftedEntry
  | RemoteOnlyEntry
  | DeleteEntry
  | InvalidRemoteEntry
  | ForgetEntry;

export type PlanEntryKind = PlanEntry["kind"];

/** What apply would do. Saved as JSON by `plan --out`; see `saved-plan.ts`. */
export interface Plan {
  planVersion: 1;
  endpoint: string;
  /** Repository root and lock file it was made in; apply refuses it from anywhere else. */
  root?: string;
  lockFile?: string;
  createdAt: string;
  prune: boolean;
  /** Hash of the remote list the plan was made from; apply refuses a saved plan when it differs. */
  remoteHash: string;
  /** Hash of the entries; recorded in the audit log. */
  planHash: string;
  entries: PlanEntry[];
}

export type { Content };

import { describe, expect, it } from "vitest";
import { buildPlan, type PlanInput } from "../../packages/cli/src/deploy/plan.js";
import type { PlanEntry } from "../../packages/cli/src/deploy/types.js";
import { content, local, locked, remote } from "./helpers.js";

const endpoint = "https://idrs.example.test";
const v1 = content([1, "id_card_recognize"], [0, "face_track"]);
const v2 = content([1, "id_card_recognize", "sign_recognize"], [0, "face_track"]);

function plan(input: Partial<PlanInput>) {
  return buildPlan({
    endpoint,
    locals: [],
    lock: [],
    remotes: [],
    prune: false,
    createdAt: "t",
    ...input,
  });
}

function kinds(entries: PlanEntry[]) {
  return entries.map((entry) => `${entry.kind}:${entry.name}`);
}

describe("buildPlan", () => {
  it("creates rules the remote lacks", () => {
    const result = plan({ locals: [local("a.idrs", "甲", v1)] });
    expect(kinds(result.entries)).toEqual(["create:甲"]);
  });

  it("reports unchanged rules without requests", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v1)],
      lock: [locked("a.idrs", "甲", "r1", v1)],
      remotes: [remote("r1", "甲", v1)],
    });
    expect(result.entries).toMatchObject([{ kind: "unchanged", id: "r1", lockUpdate: false }]);
  });

  it("updates a rule changed in git and classifies it", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v2)],
      lock: [locked("a.idrs", "甲", "r1", v1)],
      remotes: [remote("r1", "甲", v1)],
    });
    expect(result.entries).toMatchObject([{ kind: "update", id: "r1" }]);
    const entry = result.entries[0];
    expect(entry?.kind === "update" && entry.diff.change).toBe("adds-checks");
  });

  it("marks rules changed remotely as drifted", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v1)],
      lock: [locked("a.idrs", "甲", "r1", v1)],
      remotes: [remote("r1", "甲", v2)],
    });
    expect(result.entries).toMatchObject([
      { kind: "drifted", id: "r1", remoteDeleted: false, untracked: false },
    ]);
  });

  it("marks rules deleted remotely as drifted", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v1)],
      lock: [locked("a.idrs", "甲", "r1", v1)],
    });
    expect(result.entries).toMatchObject([{ kind: "drifted", remoteDeleted: true }]);
  });

  it("lists remote-only rules and deletes them only with prune", () => {
    const input = {
      lock: [locked("gone.idrs", "乙", "r2", v1)],
      remotes: [remote("r2", "乙", v1), remote("r3", "丙", v1)],
    };
    // Sorted by name in code-unit order: 丙 (U+4E19) before 乙 (U+4E59).
    expect(plan(input).entries).toMatchObject([
      { kind: "remote-only", id: "r3", managed: false },
      { kind: "remote-only", id: "r2", managed: true },
    ]);
    expect(plan({ ...input, prune: true }).entries.map((entry) => entry.kind)).toEqual([
      "delete",
      "delete",
    ]);
  });

  it("updates the remote rule of a rule renamed in git", () => {
    const result = plan({
      locals: [local("a.idrs", "新名称", v1)],
      lock: [locked("a.idrs", "旧名称", "r1", v1)],
      remotes: [remote("r1", "旧名称", v1)],
    });
    expect(result.entries).toMatchObject([
      { kind: "update", id: "r1", name: "新名称", renamedFrom: "旧名称" },
    ]);
    const entry = result.entries[0];
    expect(entry?.kind === "update" && entry.diff.change).toBe("renames");
  });

  it("follows a rule moved to another file", () => {
    const result = plan({
      locals: [local("new/a.idrs", "甲", v1)],
      lock: [locked("old/a.idrs", "甲", "r1", v1)],
      remotes: [remote("r1", "甲", v1)],
    });
    expect(result.entries).toMatchObject([{ kind: "unchanged", id: "r1", lockUpdate: true }]);
  });

  it("relinks by name when the lock is lost", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v1), local("b.idrs", "乙", v1)],
      remotes: [remote("r1", "甲", v1), remote("r2", "乙", v2)],
    });
    expect(result.entries).toMatchObject([
      { kind: "unchanged", id: "r1", lockUpdate: true },
      { kind: "drifted", id: "r2", untracked: true },
    ]);
  });

  it("completes an update interrupted after commit", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v2)],
      lock: [locked("a.idrs", "甲", "r1", v1)],
      remotes: [remote("r1", "甲", v2)],
    });
    expect(result.entries).toMatchObject([{ kind: "unchanged", lockUpdate: true }]);
  });

  it("forgets lock entries gone on both sides", () => {
    const result = plan({ lock: [locked("a.idrs", "甲", "r1", v1)] });
    expect(result.entries).toMatchObject([{ kind: "forget", id: "r1" }]);
  });

  it("replaces invalid remote content", () => {
    const result = plan({
      locals: [local("a.idrs", "甲", v1)],
      lock: [locked("a.idrs", "甲", "r1", "{}")],
      remotes: [remote("r1", "甲", "{}")],
    });
    const entry = result.entries[0];
    expect(entry?.kind).toBe("update");
    expect(entry?.kind === "update" && entry.diff.change).toBe("replaces-invalid");
  });

  it("changes the remote hash when the remote changes", () => {
    const before = plan({ remotes: [remote("r1", "甲", v1)] });
    const after = plan({ remotes: [remote("r1", "甲", v2)] });
    expect(before.remoteHash).not.toBe(after.remoteHash);
    expect(before.planHash).toBe(plan({ remotes: [remote("r1", "甲", v1)] }).planHash);
  });
});

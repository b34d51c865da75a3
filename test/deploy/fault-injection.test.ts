import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../packages/cli/src/deploy/apply.js";
import { AuditLog } from "../../packages/cli/src/deploy/audit.js";
import { createClientRemote } from "../../packages/cli/src/deploy/client-remote.js";
import { LockStore, readLock } from "../../packages/cli/src/deploy/lock.js";
import { buildPlan } from "../../packages/cli/src/deploy/plan.js";
import type { RemoteRules } from "../../packages/cli/src/deploy/remote.js";
import type { LocalRule } from "../../packages/cli/src/deploy/types.js";
import { openWorkspace, remoteState, type Workspace } from "./cli-harness.js";
import { content, local } from "./helpers.js";

const before: LocalRule[] = [
  local("rules/a.idrs", "甲 终身寿险", content([1, "id_card_recognize"])),
  local("rules/b.idrs", "乙 理财 😀", content([1, "sign_recognize"])),
  local("rules/c.idrs", "丙 旧名称", content([0, "face_track"])),
  local("rules/d.idrs", "丁 将删除", content([2, "flip_action_recognize"])),
];

// Two creates, one update, one rename and one deletion (with prune): five write requests.
const after: LocalRule[] = [
  local("rules/a.idrs", "甲 终身寿险", content([1, "id_card_recognize", "sign_recognize"])),
  local("rules/b.idrs", "乙 理财 😀", content([1, "sign_recognize"])),
  local("rules/c.idrs", "丙 新名称", content([0, "face_track"])),
  local("rules/e.idrs", "戊 新规则", content([3, "sign_action_recognize"])),
  local("rules/f.idrs", "己 新规则", content([0, "speech_to_text"])),
];
const writeRequests = 5;

let workspace: Workspace;
beforeEach(async () => {
  workspace = await openWorkspace();
});
afterEach(async () => {
  await workspace.close();
});

function remoteFor(maxRetries?: number): RemoteRules {
  const key = workspace.emulator.accessKeys[0];
  if (key === undefined) throw new Error("no access key");
  const credentials = { accessKeyId: key.id, accessKeySecret: key.secret };
  return createClientRemote({
    endpoint: workspace.emulator.url,
    credentials,
    locale: "en",
    maxRetries,
  });
}

/** Plans from the lock on disk and applies with concurrency 1, as `apply --prune --yes` would. */
async function deploy(locals: LocalRule[], remote: RemoteRules) {
  const lockPath = join(workspace.folder, "idrs.lock.json");
  const lock = await readLock(lockPath, workspace.emulator.url);
  const plan = buildPlan({
    endpoint: workspace.emulator.url,
    locals,
    lock: lock.rules,
    remotes: await remote.listAll(),
    prune: true,
    createdAt: new Date().toISOString(),
  });
  const audit = new AuditLog(join(workspace.folder, "audit.jsonl"), {
    applyId: "test",
    user: "tester",
    gitCommit: undefined,
    gitDirty: undefined,
    endpoint: workspace.emulator.url,
    planHash: plan.planHash,
  });
  const result = await applyPlan({
    plan,
    remote,
    lock: new LockStore(lockPath, lock),
    audit,
    locale: "en",
    force: false,
    concurrency: 1,
    now: () => new Date(),
  });
  return { plan, result };
}

type Interruption = "drop" | "dropAfterCommit" | "lostResponse";

/**
 * Breaks the `failAt`-th write call, then fails every later call without sending it, as if
 * the process had been killed right there. `drop` and `dropAfterCommit` are emulator faults
 * (connection closed before or after the change is saved); `lostResponse` lets the request
 * succeed and throws before apply can record it in the lock.
 */
function interruptedAt(remote: RemoteRules, failAt: number, kind: Interruption): RemoteRules {
  let calls = 0;
  const step = async <T>(action: string, send: () => Promise<T>): Promise<T> => {
    calls++;
    if (calls > failAt) throw new Error("interrupted before this request");
    if (calls < failAt) return send();
    if (kind === "lostResponse") {
      await send();
      throw new Error("interrupted before the response was recorded");
    }
    workspace.emulator.faults.add({ kind, action, times: 1 });
    return send();
  };
  return {
    ...remote,
    create: (rule) => step("CreateRule", () => remote.create(rule)),
    update: (rule) => step("UpdateRule", () => remote.update(rule)),
    delete: (id) => step("DeleteRule", () => remote.delete(id)),
  };
}

const expected = after
  .map((rule): [string, string] => [rule.name, rule.json])
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe("apply interrupted at each request", () => {
  for (const kind of ["drop", "dropAfterCommit", "lostResponse"] as const) {
    for (let failAt = 1; failAt <= writeRequests; failAt++) {
      it(`converges after ${kind} at request ${failAt}`, async () => {
        expect((await deploy(before, remoteFor())).result.failed).toBe(0);
        const ids = new Map(
          (await workspace.client.listAllRules()).map((rule) => [rule.name, rule.id]),
        );

        const first = await deploy(after, interruptedAt(remoteFor(0), failAt, kind));
        expect(first.plan.entries.filter((entry) => entry.kind !== "unchanged")).toHaveLength(
          writeRequests,
        );
        expect(first.result.failed).toBeGreaterThan(0);

        const rerun = await deploy(after, remoteFor());
        expect(rerun.result.failed).toBe(0);
        expect(await remoteState(workspace.client)).toEqual(expected);

        // The renamed rule kept its Id: updated, not created again.
        const renamed = (await workspace.client.listAllRules()).find(
          (rule) => rule.name === "丙 新名称",
        );
        expect(renamed?.id).toBe(ids.get("丙 旧名称"));

        const settled = await deploy(after, remoteFor());
        expect(settled.result.outcomes).toEqual([]);
        expect(
          settled.plan.entries.every((entry) => entry.kind === "unchanged" && !entry.lockUpdate),
        ).toBe(true);
      });
    }
  }
});

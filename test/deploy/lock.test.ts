import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeployError } from "../../packages/cli/src/deploy/errors.js";
import { emptyLock, LockStore, readLock } from "../../packages/cli/src/deploy/lock.js";
import { content, locked } from "./helpers.js";

const endpoint = "https://idrs.example.test";
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "idrs-lock-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<DeployError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeployError);
  return error as DeployError;
}

describe("lock file", () => {
  it("reads a missing file as an empty lock", async () => {
    expect(await readLock(join(folder, "idrs.lock.json"), endpoint)).toEqual(emptyLock(endpoint));
  });

  it("round-trips entries sorted by file and name", async () => {
    const path = join(folder, "idrs.lock.json");
    const store = new LockStore(path, emptyLock(endpoint));
    store.set(locked("b.idrs", "乙", "r2", content([1, "a"])));
    store.set(locked("a.idrs", "甲 😀", "r1", content([1, "a"])));
    await store.save();

    const lock = await readLock(path, endpoint);
    expect(lock.rules.map((entry) => entry.id)).toEqual(["r1", "r2"]);
    expect(await readdir(folder)).toEqual(["idrs.lock.json"]);
  });

  it("replaces the entry of a renamed rule by its Id", () => {
    const store = new LockStore("unused", emptyLock(endpoint));
    store.set(locked("a.idrs", "旧", "r1", "[]"));
    store.set(locked("a.idrs", "新", "r1", "[]"));
    expect(store.entries.map((entry) => entry.name)).toEqual(["新"]);
  });

  it("keeps every change of concurrent saves", async () => {
    const path = join(folder, "idrs.lock.json");
    const store = new LockStore(path, emptyLock(endpoint));
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        store.set(locked(`${index}.idrs`, `r${index}`, `id${index}`, "[]"));
        return store.save();
      }),
    );
    expect((await readLock(path, endpoint)).rules).toHaveLength(20);
  });

  it("resolves each save once its change is on disk", async () => {
    const path = join(folder, "idrs.lock.json");
    const store = new LockStore(path, emptyLock(endpoint));
    const missing = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        store.set(locked(`${index}.idrs`, `r${index}`, `id${index}`, "[]"));
        await store.save();
        const onDisk = await readLock(path, endpoint);
        return onDisk.rules.some((entry) => entry.id === `id${index}`) ? [] : [index];
      }),
    );
    expect(missing.flat()).toEqual([]);
  });

  it("rejects a lock of another endpoint", async () => {
    const path = join(folder, "idrs.lock.json");
    await new LockStore(path, emptyLock("https://other.example.test")).save();
    const error = await rejection(readLock(path, endpoint));
    expect(error.key).toBe("deploy.lock.otherEndpoint");
    expect(error.args).toMatchObject({ lockEndpoint: "https://other.example.test", endpoint });
  });

  it("starts a new lock for the endpoint with forceLock", async () => {
    const path = join(folder, "idrs.lock.json");
    const other = emptyLock("https://other.example.test");
    other.rules.push(locked("a.idrs", "甲", "r1", "[]"));
    await new LockStore(path, other).save();
    expect(await readLock(path, endpoint, { forceLock: true })).toEqual(emptyLock(endpoint));
  });

  it("names the problem of an invalid lock", async () => {
    const path = join(folder, "idrs.lock.json");
    await writeFile(path, "{not json");
    expect((await rejection(readLock(path, endpoint))).key).toBe("deploy.lock.invalidJson");

    await writeFile(
      path,
      JSON.stringify({ lockVersion: 1, endpoint, rules: [{ file: "a.idrs" }] }),
    );
    const error = await rejection(readLock(path, endpoint));
    expect(error.key).toBe("deploy.lock.invalidField");
    expect(error.args.field).toBe("rules[0].name");

    await writeFile(path, JSON.stringify({ lockVersion: 9, endpoint, rules: [] }));
    expect((await rejection(readLock(path, endpoint))).key).toBe("deploy.lock.newerVersion");
  });

  it("writes text that parses as the same lock", async () => {
    const path = join(folder, "idrs.lock.json");
    const store = new LockStore(path, emptyLock(endpoint));
    store.set(locked("a.idrs", "甲", "r1", "[]"));
    await store.save();
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ lockVersion: 1, endpoint });
  });
});

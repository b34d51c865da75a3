import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { callApi, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

describe("ClientToken on CreateRule", () => {
  it("returns the original rule for a retry", async () => {
    const emulator = await bed.start();
    const params = { Name: "r", Content: "{}", ClientToken: "token-1" };

    const first = await callApi(emulator, "CreateRule", params);
    const retry = await callApi(emulator, "CreateRule", params);

    expect(retry.status).toBe(200);
    expect(retry.body.Data).toEqual(first.body.Data);
    expect(retry.body.RequestId).not.toBe(first.body.RequestId);
    expect(emulator.store.list()).toHaveLength(1);
  });

  it("rejects the token with other parameters", async () => {
    const emulator = await bed.start();
    await callApi(emulator, "CreateRule", { Name: "r", Content: "{}", ClientToken: "token-1" });
    const other = await callApi(emulator, "CreateRule", {
      Name: "r",
      Content: "[]",
      ClientToken: "token-1",
    });

    expect(other.status).toBe(400);
    expect(other.body.Code).toBe("IdempotentParameterMismatch");
    expect(emulator.store.list()).toHaveLength(1);
  });

  it("creates separate rules for different tokens", async () => {
    const emulator = await bed.start();
    await callApi(emulator, "CreateRule", { Name: "r", Content: "{}", ClientToken: "a" });
    await callApi(emulator, "CreateRule", { Name: "r", Content: "{}", ClientToken: "b" });
    expect(emulator.store.list()).toHaveLength(2);
    expect(emulator.store.clientTokenCount).toBe(2);
  });

  it("creates one rule for concurrent retries", async () => {
    const emulator = await bed.start();
    const params = { Name: "r", Content: "{}", ClientToken: "race" };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => callApi(emulator, "CreateRule", params)),
    );

    const ids = new Set(results.map((result) => result.body.Data.Id));
    expect(ids.size).toBe(1);
    expect(emulator.store.list()).toHaveLength(1);
  });

  it("does not bring back a deleted rule", async () => {
    const emulator = await bed.start();
    const params = { Name: "r", Content: "{}", ClientToken: "t" };
    const first = await callApi(emulator, "CreateRule", params);
    await callApi(emulator, "DeleteRule", { Id: first.body.Data.Id });

    const retry = await callApi(emulator, "CreateRule", params);
    expect(retry.body.Data.Id).toBe(first.body.Data.Id);
    expect(emulator.store.list()).toHaveLength(0);
  });

  it("survives a restart with a data file", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    const params = { Name: "r", Content: "{}", ClientToken: "persisted" };

    const before = await bed.start({ dataFile });
    const first = await callApi(before, "CreateRule", params);
    await before.close();

    const after = await bed.start({ dataFile });
    const retry = await callApi(after, "CreateRule", params);
    expect(retry.body.Data.Id).toBe(first.body.Data.Id);
    expect(after.store.list()).toHaveLength(1);
  });
});

describe("ListRules paging", () => {
  async function withRules(count: number) {
    const emulator = await bed.start();
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const created = await callApi(emulator, "CreateRule", {
        Name: `rule ${index}`,
        Content: "{}",
      });
      ids.push(created.body.Data.Id);
    }
    return { emulator, ids };
  }

  it("pages in creation order with numeric counts", async () => {
    const { emulator, ids } = await withRules(25);

    const pages = [];
    for (const PageIndex of ["1", "2", "3", "4"]) {
      pages.push((await callApi(emulator, "ListRules", { PageIndex, PageSize: "10" })).body.Data);
    }

    expect(pages.map((page) => page.Items.length)).toEqual([10, 10, 5, 0]);
    expect(pages.flatMap((page) => page.Items.map((item: { Id: string }) => item.Id))).toEqual(ids);
    for (const page of pages) {
      expect(page.TotalElements).toBe(25);
      expect(page.TotalPages).toBe(3);
    }
    expect(Object.keys(pages[0]?.Items[0]).sort()).toEqual(["Content", "CreatedAt", "Id", "Name"]);
  });

  it("defaults to the first page of 10", async () => {
    const { emulator, ids } = await withRules(12);
    const page = (await callApi(emulator, "ListRules")).body.Data;

    expect(page.Items.map((item: { Id: string }) => item.Id)).toEqual(ids.slice(0, 10));
    expect(page.TotalPages).toBe(2);
  });

  it("returns an empty array for no rules", async () => {
    const emulator = await bed.start();
    const page = (await callApi(emulator, "ListRules")).body.Data;
    expect(page).toEqual({ Items: [], TotalElements: 0, TotalPages: 0 });
  });

  it("keeps the order after a delete", async () => {
    const { emulator, ids } = await withRules(3);
    await callApi(emulator, "DeleteRule", { Id: ids[1] as string });
    const page = (await callApi(emulator, "ListRules")).body.Data;
    expect(page.Items.map((item: { Id: string }) => item.Id)).toEqual([ids[0], ids[2]]);
  });
});

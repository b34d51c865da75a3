import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EmulatorStartupError } from "@idrs-rules/emulator";
import { afterEach, describe, expect, it } from "vitest";
import { writeDataFile } from "../src/persistence.js";
import { callApi, recordingLogger, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

async function startupError(promise: Promise<unknown>): Promise<EmulatorStartupError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmulatorStartupError);
  return error as EmulatorStartupError;
}

describe("data file", () => {
  it("keeps rules across a restart", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    const first = await bed.start({ dataFile });
    const kept = await callApi(first, "CreateRule", { Name: "保留", Content: "{}" });
    const gone = await callApi(first, "CreateRule", { Name: "gone", Content: "{}" });
    await callApi(first, "UpdateRule", { Id: kept.body.Data.Id, Content: "[]" });
    await callApi(first, "DeleteRule", { Id: gone.body.Data.Id });
    const before = (await callApi(first, "ListRules")).body.Data;
    await first.close();

    const second = await bed.start({ dataFile });
    const after = (await callApi(second, "ListRules")).body.Data;
    expect(after).toEqual(before);
    expect(after.Items).toHaveLength(1);
    expect(after.Items[0].Content).toBe("[]");
  });

  it("writes readable JSON and leaves no temporary file", async () => {
    const folder = await bed.folder();
    const dataFile = join(folder, "rules.json");
    const emulator = await bed.start({ dataFile });
    await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" });

    const saved = JSON.parse(await readFile(dataFile, "utf8"));
    expect(saved.format).toBe("idrs-rules-emulator-data");
    expect(saved.rules).toHaveLength(1);
    expect(await readdir(folder)).toEqual(["rules.json"]);
  });

  it("starts empty from an empty file", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    await writeFile(dataFile, "");
    const emulator = await bed.start({ dataFile });
    expect(emulator.store.list()).toEqual([]);
  });
});

describe("unusable data file", () => {
  it("names a file that is not JSON and leaves it unchanged", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    const corrupt = '{"format": "idrs-rules-emulator-data", "rules": [';
    await writeFile(dataFile, corrupt);

    const error = await startupError(bed.start({ dataFile }));
    expect(error.problem).toBe("dataFileInvalidJson");
    expect(error.message).toContain(dataFile);
    expect(error.localizedMessage("zh-CN")).toContain("不是有效的 JSON");
    expect(await readFile(dataFile, "utf8")).toBe(corrupt);
  });

  it("names the first wrong field", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    const document = {
      format: "idrs-rules-emulator-data",
      version: 1,
      rules: [{ Id: "a", Name: 5, Content: "{}", CreatedAt: "x" }],
      clientTokens: [],
    };
    await writeFile(dataFile, JSON.stringify(document));

    const error = await startupError(bed.start({ dataFile }));
    expect(error.problem).toBe("dataFileInvalidContent");
    expect(error.message).toContain("rules[0].Name is not a string");
  });

  it("rejects a file of another program", async () => {
    const dataFile = join(await bed.folder(), "package.json");
    await writeFile(dataFile, '{"name": "something"}');
    const error = await startupError(bed.start({ dataFile }));
    expect(error.problem).toBe("dataFileInvalidContent");
  });

  it("names a missing folder", async () => {
    const dataFile = join(await bed.folder(), "missing", "rules.json");
    const error = await startupError(bed.start({ dataFile }));
    expect(error.problem).toBe("dataFolderMissing");
    expect(error.message).toContain(dataFile);
  });
});

describe("atomic write", () => {
  it("keeps the old file when a write fails before the rename", async () => {
    const folder = await bed.folder();
    const dataFile = join(folder, "rules.json");
    const old = {
      rules: [{ Id: "1", Name: "old", Content: "{}", CreatedAt: "t" }],
      clientTokens: [],
    };
    await writeDataFile(dataFile, old);
    const oldText = await readFile(dataFile, "utf8");

    let seenTemp = "";
    const crash = writeDataFile(
      dataFile,
      { rules: [], clientTokens: [] },
      {
        beforeRename: async (tempPath) => {
          seenTemp = tempPath;
          // The temporary file is complete before the rename, so a crash here loses nothing.
          expect(JSON.parse(await readFile(tempPath, "utf8")).rules).toEqual([]);
          throw new Error("simulated crash before rename");
        },
      },
    );

    await expect(crash).rejects.toThrow("simulated crash");
    expect(seenTemp.startsWith(join(folder, ".rules.json."))).toBe(true);
    expect(await readFile(dataFile, "utf8")).toBe(oldText);
    expect(await readdir(folder)).toEqual(["rules.json"]);
  });

  it("removes stale temp file at startup", async () => {
    const folder = await bed.folder();
    const dataFile = join(folder, "rules.json");
    const first = await bed.start({ dataFile });
    await callApi(first, "CreateRule", { Name: "confirmed", Content: "{}" });
    await first.close();

    const stale = join(folder, ".rules.json.deadbeef0000.tmp");
    await writeFile(stale, '{"format": "idrs-rules-emulator-data", "rules": [{"Id"');
    const { lines, logger } = recordingLogger();

    const second = await bed.start({ dataFile, logger });
    expect(second.store.list().map((rule) => rule.Name)).toEqual(["confirmed"]);
    expect(await readdir(folder)).toEqual(["rules.json"]);
    expect(lines.some((line) => line.level === "warn" && line.message.includes(stale))).toBe(true);
  });

  it("answers InternalError and changes nothing when the file cannot be written", async () => {
    const folder = join(await bed.folder(), "data");
    await mkdir(folder);
    const dataFile = join(folder, "rules.json");
    const { lines, logger } = recordingLogger();
    const emulator = await bed.start({ dataFile, logger });
    await callApi(emulator, "CreateRule", { Name: "before", Content: "{}" });

    await rm(folder, { recursive: true });
    const failed = await callApi(emulator, "CreateRule", { Name: "lost", Content: "{}" });

    expect(failed.status).toBe(500);
    expect(failed.body.Code).toBe("InternalError");
    expect(emulator.store.list().map((rule) => rule.Name)).toEqual(["before"]);
    expect(lines.some((line) => line.level === "error" && line.message.includes("ENOENT"))).toBe(
      true,
    );

    await mkdir(folder);
    const recovered = await callApi(emulator, "CreateRule", { Name: "after", Content: "{}" });
    expect(recovered.status).toBe(200);
    const saved = JSON.parse(await readFile(dataFile, "utf8"));
    expect(saved.rules.map((rule: { Name: string }) => rule.Name)).toEqual(["before", "after"]);
  });
});

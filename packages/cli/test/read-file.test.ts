import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstInvalidUtf8Byte, readRuleFile } from "../src/workspace/read-file.js";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("firstInvalidUtf8Byte", () => {
  it("accepts ASCII, Chinese and astral characters", () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('rule "终身寿险 𠀀" {}'))).toBeUndefined();
  });

  it.each([
    ["a lone continuation byte", bytes(0x61, 0x80), 1],
    ["a GBK-encoded character", bytes(0x61, 0x62, 0xd6, 0xd0), 2],
    ["an overlong slash", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-16 surrogate", bytes(0x20, 0xed, 0xa0, 0x80), 1],
    ["a code point above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a truncated sequence at the end", bytes(0x61, 0xe4, 0xb8), 1],
  ])("finds %s", (_name, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
  });
});

describe("readRuleFile", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "idrs-read-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("keeps a byte order mark in the text", async () => {
    const path = join(folder, "bom.idrs");
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('rule "甲" {}\n')]),
    );
    const read = await readRuleFile(path);
    expect(read.kind).toBe("text");
    if (read.kind !== "text") return;
    expect(read.hasBom).toBe(true);
    expect(read.text.charCodeAt(0)).toBe(0xfeff);
  });

  it("returns the text before an invalid byte", async () => {
    const path = join(folder, "gbk.idrs");
    await writeFile(
      path,
      Buffer.concat([Buffer.from('rule "甲" {\n  '), Buffer.from([0xd6, 0xd0])]),
    );
    const read = await readRuleFile(path);
    expect(read).toEqual({ kind: "invalid-utf8", byteOffset: 15, validText: 'rule "甲" {\n  ' });
  });

  it("reports a folder as unreadable", async () => {
    const read = await readRuleFile(folder);
    expect(read.kind).toBe("unreadable");
    if (read.kind === "unreadable") expect(read.errorCode).toBe("EISDIR");
  });
});

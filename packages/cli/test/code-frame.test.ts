import { LineIndex } from "@idrs-rules/core";
import { describe, expect, it } from "vitest";
import { palette } from "../src/reporters/ansi.js";
import { codeFrame } from "../src/reporters/code-frame.js";
import { escapeControls } from "../src/reporters/escape.js";
import type { FileResult } from "../src/reporters/types.js";
import { textWidth } from "../src/text/width.js";

const plain = palette(false);
const same = (text: string) => text;

function fileOf(text: string): FileResult {
  return {
    path: "/r/a.idrs",
    display: "a.idrs",
    text,
    readable: true,
    lines: new LineIndex(text),
    diagnostics: [],
    suppressed: [],
    fixed: [],
  };
}

/** Renders the frame of the range of `needle` in `text`. */
function frame(text: string, needle: string, gutterWidth = 0): string[] {
  const start = text.indexOf(needle);
  return codeFrame(fileOf(text), { start, end: start + needle.length }, plain, same, gutterWidth);
}

/** Terminal column where the carets start, and how many there are. */
function carets(frameLines: string[]): { column: number; count: number } {
  const row = frameLines[1] as string;
  const first = row.indexOf("^");
  return { column: textWidth(row.slice(0, first)), count: row.length - first };
}

describe("codeFrame", () => {
  it("cuts a long line to a window around the range, with …", () => {
    const text = `[${'{"name":"face_track"},'.repeat(10_000)}{"name":"id_crd"}]`;
    const lines = frame(text, "id_crd");
    expect(lines[0]?.length).toBeLessThan(200);
    expect(lines[0]).toMatch(/^ {4}1 \| …/);
    expect(lines[0]).toContain('{"name":"id_crd"}]');

    const firstLine = lines[0] as string;
    const { column, count } = carets(lines);
    expect(count).toBe("id_crd".length);
    expect(textWidth(firstLine.slice(0, firstLine.indexOf("id_crd")))).toBe(column);
  });

  it("cuts both ends and keeps carets under wide characters", () => {
    const text = `${"身份核验".repeat(100)}未知动作${"签名".repeat(100)}`;
    const lines = frame(text, "未知动作");
    const firstLine = lines[0] as string;
    expect(firstLine.endsWith("…")).toBe(true);
    expect(textWidth(firstLine)).toBeLessThan(150);
    const { column, count } = carets(lines);
    expect(count).toBe(8);
    expect(textWidth(firstLine.slice(0, firstLine.indexOf("未知动作")))).toBe(column);
  });

  it("shows a short line whole", () => {
    expect(frame('  step 1: "id_crd"', "id_crd")).toEqual([
      '    1 |   step 1: "id_crd"',
      "      |            ^^^^^^",
    ]);
  });

  it("pads the line number to the gutter width", () => {
    const text = `${"\n".repeat(8)}step 1: x\n`;
    expect(frame(text, "x", 2)).toEqual(["     9 | step 1: x", "       |         ^"]);
  });

  it("escapes control characters and keeps the carets after them aligned", () => {
    const lines = frame('"\u001b[31mRED", id_crd', "id_crd");
    expect(lines[0]).toBe('    1 | "\\u001B[31mRED", id_crd');
    expect(lines[0]).not.toContain("\u001b");
    const { column } = carets(lines);
    expect(column).toBe((lines[0] as string).indexOf("id_crd"));
  });
});

describe("escapeControls", () => {
  it("writes C0, C1, DEL and bidi controls as escapes", () => {
    expect(escapeControls("a\nb\tc\u001b\u007f\u0085\u202e\u2066")).toBe(
      "a\\nb\\tc\\u001B\\u007F\\u0085\\u202E\\u2066",
    );
  });

  it("leaves Chinese text and ordinary punctuation alone", () => {
    expect(escapeControls("终身寿险 双录质检：第 1 章")).toBe("终身寿险 双录质检：第 1 章");
  });
});

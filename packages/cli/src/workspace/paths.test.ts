import { isAbsolute, relative, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { displayPath, isInside } from "./paths.js";

// What both functions returned before their shortcut for plain child paths.
function expectedInside(folder: string, path: string): boolean {
  const difference = relative(folder, path);
  return difference === "" || (!difference.startsWith("..") && !isAbsolute(difference));
}

function expectedDisplay(cwd: string, path: string): string {
  if (!expectedInside(cwd, path)) return path;
  return relative(cwd, path).split(sep).join("/");
}

const segment = fc.constantFrom("a", "b", "规则", ".", "..", "", ".hidden", "x.rule.json");
const absolute = fc
  .array(segment, { maxLength: 5 })
  .chain((segments) => fc.constantFrom("", "/").map((end) => `/${segments.join("/")}${end}`));

describe("paths", () => {
  test.runIf(sep === "/")("match path.relative for any POSIX paths", () => {
    fc.assert(
      fc.property(absolute, absolute, (folder, below) => {
        for (const path of [below, folder + below, `${folder}/${below}`]) {
          expect(isInside(folder, path)).toBe(expectedInside(folder, path));
          expect(displayPath(folder, path)).toBe(expectedDisplay(folder, path));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("shows files below the current folder relative to it", () => {
    const cwd = `${sep}work${sep}rules`;
    expect(displayPath(cwd, `${cwd}${sep}a${sep}b.rule.json`)).toBe("a/b.rule.json");
    expect(displayPath(cwd, `${sep}work${sep}other.idrs`)).toBe(`${sep}work${sep}other.idrs`);
    expect(isInside(cwd, cwd)).toBe(true);
    expect(isInside(cwd, `${cwd}-old${sep}x.idrs`)).toBe(false);
  });

  test.runIf(sep === "/")("shows files below a folder whose path holds a dot name", () => {
    expect(displayPath("/work/.cache/rules", "/work/.cache/rules/a.rule.json")).toBe("a.rule.json");
    expect(displayPath("/work/./rules", "/work/rules/a.rule.json")).toBe("a.rule.json");
    expect(displayPath("/work/rules", "/work/rules/../a.rule.json")).toBe(
      "/work/rules/../a.rule.json",
    );
  });
});

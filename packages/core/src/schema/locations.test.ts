import { describe, expect, test } from "vitest";
import type { Locale } from "../i18n/locale.js";
import { scanJson } from "../json/scanner.js";
import { describeLocation } from "./locations.js";

// The second entry of the array is chapter 1, so a place named only "step 2" would point
// the reader at the wrong chapter.
const content = '[{"sequence":2,"actions":[]},{"sequence":1,"actions":[{"nmae":"x"}]}]';
const tree = scanJson(content);

const where = (pointer: string, locale: Locale) => {
  if (!tree) throw new Error("the fixture is valid JSON");
  return describeLocation("content", pointer, tree, locale);
};

describe("places inside content name the entry and its sequence", () => {
  test.each<[string, Locale]>([
    ["/1", "en"],
    ["/1/actions", "en"],
    ["/1/actions/0", "en"],
    ["/1/actions/0/name", "en"],
    ["/1", "zh-CN"],
    ["/1/actions", "zh-CN"],
    ["/1/actions/0", "zh-CN"],
    ["/1/actions/0/name", "zh-CN"],
  ])("%s (%s)", (pointer, locale) => {
    const text = where(pointer, locale);
    expect(text).toContain("sequence 1");
    expect(text).toContain("2");
    expect(text).toContain("content");
  });

  test("a rule file's content is named the same way", () => {
    const file = `{"name":"a","content":${content}}`;
    const fileTree = scanJson(file);
    if (!fileTree) throw new Error("the fixture is valid JSON");
    expect(describeLocation("rule-file", "/content/1/actions/0", fileTree, "en")).toBe(
      where("/1/actions/0", "en"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { displayWidth } from "./width.js";

describe("displayWidth", () => {
  it("counts ASCII as one column", () => {
    expect(displayWidth("step 1: face_track")).toBe(18);
  });

  it("counts Chinese, kana, Hangul and full-width forms as two", () => {
    expect(displayWidth("身份核验")).toBe(8);
    expect(displayWidth("かな한글")).toBe(8);
    expect(displayWidth("：，｛")).toBe(6);
    expect(displayWidth("\u3000")).toBe(2);
  });

  it("counts astral ideographs and emoji once, as two columns", () => {
    expect(displayWidth("𠀀")).toBe(2);
    expect(displayWidth("😀")).toBe(2);
  });

  it("counts Latin letters with accents and curly quotes as one", () => {
    expect(displayWidth("Ünï“”")).toBe(5);
  });
});

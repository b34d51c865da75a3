import { describe, expect, it } from "vitest";
import { padToWidth, textWidth } from "../src/text/width.js";

describe("textWidth", () => {
  it("counts ASCII as one column each", () => {
    expect(textWidth("face_track")).toBe(10);
  });

  it("counts Chinese and full-width punctuation as two", () => {
    expect(textWidth("身份核验")).toBe(8);
    expect(textWidth("：，｛")).toBe(6);
  });

  it("counts astral ideographs as two", () => {
    expect(textWidth("𠀀")).toBe(2);
  });

  it("counts the byte order mark and combining marks as zero", () => {
    expect(textWidth("\ufeffe\u0301")).toBe(1);
  });

  it("pads by display width", () => {
    expect(padToWidth("错误", 7)).toBe("错误   ");
  });
});

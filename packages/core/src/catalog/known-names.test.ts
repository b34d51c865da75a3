import { describe, expect, test } from "vitest";
import { actionNameAt } from "./known-names.js";

describe("actionNameAt", () => {
  test.each([
    ["a bundled name", "step 1: sign_recognize, x", 8, 22, "sign_recognize"],
    ["a longer name sharing its start", "sign_recognize_extra", 0, 20, "sign_recognize_extra"],
    ["a prefix of a bundled name", "sign_rec", 0, 8, "sign_rec"],
    ["an unknown name", "private_face_check", 0, 18, "private_face_check"],
    ["a name after Chinese text", "规则：face_track", 3, 13, "face_track"],
    ["a Chinese name", "身份核验", 0, 4, "身份核验"],
  ])("reads %s", (_case, text, start, end, expected) => {
    expect(actionNameAt(text, start, end)).toBe(expected);
  });
});

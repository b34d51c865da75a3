import { describe, expect, it } from "vitest";
import { canonicalQuery, percentEncode, signParameters, stringToSign } from "../src/signing.js";

const describeRegions = {
  AccessKeyId: "testid",
  Action: "DescribeRegions",
  Format: "XML",
  SignatureMethod: "HMAC-SHA1",
  SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
  SignatureVersion: "1.0",
  Timestamp: "2016-02-23T12:46:24Z",
  Version: "2014-05-26",
};

describe("known signature vectors", () => {
  it("signs the reference example", () => {
    expect(signParameters("GET", describeRegions, "testsecret")).toBe(
      "OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
    );
  });

  it("signs the TimeStamp spelling", () => {
    const { Timestamp, ...rest } = describeRegions;
    const params = { ...rest, TimeStamp: Timestamp };

    expect(signParameters("GET", params, "testsecret")).toBe("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
  });

  it("signs query=test, body=test", () => {
    expect(signParameters("GET", { query: "test", body: "test" }, "secret")).toBe(
      "XlUyV4sXjOuX5FnjUz9IF9tm5rU=",
    );
  });

  it("signs location=hangzhou", () => {
    expect(signParameters("GET", { location: "hangzhou" }, "accessKeySecret")).toBe(
      "YIXsGwFhrzkXBid55ND2rbs/EYk=",
    );
  });

  it("signs with an empty method", () => {
    expect(signParameters("", { test: "ok" }, "accessKeySecret")).toBe(
      "jHx/oHoHNrbVfhncHEvPdHXZwHU=",
    );
  });

  it("ignores a Signature entry", () => {
    const withSignature = { ...describeRegions, Signature: "anything" };

    expect(signParameters("GET", withSignature, "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    expect(canonicalQuery(withSignature)).not.toContain("Signature=");
  });
});

describe("percentEncode", () => {
  it.each([
    ["AZaz09-_.~", "AZaz09-_.~"],
    [" ", "%20"],
    ["*", "%2A"],
    ["~", "~"],
    ["+", "%2B"],
    ["'", "%27"],
    ["(", "%28"],
    [")", "%29"],
    ["!", "%21"],
    ["/", "%2F"],
    ["=", "%3D"],
    ["&", "%26"],
    [":", "%3A"],
    ['"', "%22"],
    ["规则", "%E8%A7%84%E5%88%99"],
    ["😀", "%F0%9F%98%80"],
  ])("encodes %j as %s", (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });
});

describe("canonicalQuery", () => {
  it("sorts by raw name in code-unit order", () => {
    // Upper case sorts before lower case, and `_` (0x5F) between them.
    const query = canonicalQuery({ b: "1", a: "2", B: "3", _: "4", A: "5" });

    expect(query).toBe("A=5&B=3&_=4&a=2&b=1");
  });

  it("encodes Chinese names and values as UTF-8", () => {
    const query = canonicalQuery({ 名称: "终身寿险 双录", Name: "a" });

    expect(query).toBe(
      "Name=a&%E5%90%8D%E7%A7%B0=%E7%BB%88%E8%BA%AB%E5%AF%BF%E9%99%A9%20%E5%8F%8C%E5%BD%95",
    );
  });

  it("encodes reserved characters in values", () => {
    const query = canonicalQuery({ Content: "a* b~c+d'e(f)g!" });

    expect(query).toBe("Content=a%2A%20b~c%2Bd%27e%28f%29g%21");
  });

  it("builds the string to sign", () => {
    expect(stringToSign("POST", { a: "x y" })).toBe("POST&%2F&a%3Dx%2520y");
  });
});

describe("sort order", () => {
  it("sorts raw names before encoding", () => {
    // Raw order puts `a` (0x61) before `|` (0x7C); encoded, `%7C` would sort first.
    expect(canonicalQuery({ "|": "1", a: "2" })).toBe("a=2&%7C=1");
    expect(canonicalQuery({ é: "1", "~": "2" })).toBe("~=2&%C3%A9=1");
  });
});

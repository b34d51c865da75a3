import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scanJson } from "./scanner.js";
import type { JsonTree } from "./tree.js";

/** Rebuilds the value of a node from the tree alone, so it can be compared with JSON.parse. */
function rebuildValue(tree: JsonTree, node: number): unknown {
  const kind = tree.kind(node);
  if (kind === "array") return tree.children(node).map((child) => rebuildValue(tree, child));
  if (kind === "object") {
    const object: Record<string, unknown> = {};
    for (const child of tree.children(node)) {
      Object.defineProperty(object, tree.key(child) ?? "", {
        value: rebuildValue(tree, child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
  return tree.value(node);
}

// Formats JSON in the ways people and tools write it.
const formatted = fc
  .tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, "\t", "\r\n  "))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

describe("scanJson", () => {
  test("agrees with JSON.parse on any JSON text", () => {
    fc.assert(
      fc.property(formatted, (text) => {
        const tree = scanJson(text);
        expect(tree).toBeDefined();
        expect(rebuildValue(tree as JsonTree, 0)).toEqual(JSON.parse(text));
      }),
    );
  });

  test("every node range holds exactly that value", () => {
    fc.assert(
      fc.property(formatted, (text) => {
        const tree = scanJson(text) as JsonTree;
        for (let node = 0; node < tree.count; node++) {
          const slice = text.slice(tree.start(node), tree.end(node));
          expect(JSON.parse(slice)).toEqual(rebuildValue(tree, node));
          if (tree.hasKey(node)) {
            expect(JSON.parse(text.slice(tree.keyStart(node), tree.keyEnd(node)))).toBe(
              tree.key(node),
            );
          }
        }
      }),
    );
  });

  test("strings with escaped quotes and backslashes", () => {
    const text = '{"a\\"b": ["x\\\\", "\\\\\\"", "\\u0022"]}';
    const tree = scanJson(text) as JsonTree;
    expect(rebuildValue(tree, 0)).toEqual(JSON.parse(text));
    expect(tree.key(1)).toBe('a"b');
  });

  test("large numbers and exponents", () => {
    const text = "[9007199254740993, -0, 1e400, 1.5E-3, 123456789012345678901234567890]";
    expect(rebuildValue(scanJson(text) as JsonTree, 0)).toEqual(JSON.parse(text));
  });

  test("starts after a byte order mark", () => {
    const tree = scanJson('\ufeff {"a": 1}', 1) as JsonTree;
    expect(tree.start(0)).toBe(2);
    expect(tree.keyStart(1)).toBe(3);
  });

  test("returns undefined for text that is not JSON", () => {
    for (const text of ["", "{", '{"a" 1}', "[1 2]", "tru", '"open']) {
      expect(scanJson(text), text).toBeUndefined();
    }
  });

  test("resolves JSON pointers like ajv's instancePath", () => {
    const text = '{"a/b": {"c~d": [10, 20]}, "a/b": {"c~d": [30, 40]}}';
    const tree = scanJson(text) as JsonTree;
    const found = tree.resolve("/a~1b/c~0d/1");
    expect(found.complete).toBe(true);
    expect(tree.value(found.node)).toBe(40);
    expect(tree.resolve("/a~1b/missing").complete).toBe(false);
  });
});

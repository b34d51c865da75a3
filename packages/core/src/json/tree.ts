/**
 * Positions of every value of a JSON text, stored flat in typed arrays so that recording
 * them allocates almost nothing. Node `i` is the i-th value in text order (pre-order). Its
 * subtree is nodes `i` to `i + size(i) - 1`, and its first child, if any, is `i + 1`.
 * Offsets are UTF-16 code units, half-open like `TextRange`. Values are decoded from the
 * text on request.
 */
export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";

export const KIND_CODES: Record<JsonKind, number> = {
  object: 1,
  array: 2,
  string: 3,
  number: 4,
  boolean: 5,
  null: 6,
};

const KIND_NAMES: readonly JsonKind[] = [
  "null",
  "object",
  "array",
  "string",
  "number",
  "boolean",
  "null",
];

/**
 * Node `i` takes `STRIDE` slots of one Int32Array, starting at `i * STRIDE`: one allocation
 * for the whole text, and the fields of a node sit together. Key offsets (quotes included)
 * are -1 unless the node is the value of an object member.
 */
export const STRIDE = 6;
export const KIND = 0;
export const START = 1;
export const END = 2;
export const KEY_START = 3;
export const KEY_END = 4;
export const SIZE = 5;

/** The scanner's output: `count` nodes of `STRIDE` slots each. */
export interface JsonTreeData {
  count: number;
  slots: Int32Array;
}

export class JsonTree {
  private readonly slots: Int32Array;
  private readonly nodeCount: number;
  private readonly childrenOf = new Map<number, number[]>();

  constructor(
    readonly text: string,
    data: JsonTreeData,
  ) {
    this.slots = data.slots;
    this.nodeCount = data.count;
  }

  /** The root value is node 0. */
  get root(): number {
    return 0;
  }

  get count(): number {
    return this.nodeCount;
  }

  kind(node: number): JsonKind {
    return KIND_NAMES[this.slot(node, KIND)] ?? "null";
  }

  start(node: number): number {
    return this.slot(node, START);
  }

  end(node: number): number {
    return this.slot(node, END);
  }

  /** Returns the first child of a container, or -1 when it is empty or not a container. */
  firstChild(node: number): number {
    return this.slot(node, SIZE) > 1 ? node + 1 : -1;
  }

  /** Returns the node after `node`'s subtree, which is its next sibling when below `subtreeEnd(parent)`. */
  nextSibling(node: number): number {
    return node + Math.max(1, this.slot(node, SIZE));
  }

  /** Returns the first node after the subtree of `node`. */
  subtreeEnd(node: number): number {
    return node + Math.max(1, this.slot(node, SIZE));
  }

  /**
   * Lists the child nodes of an object (member values) or an array (elements), in text
   * order. Kept once listed: each schema error resolves a path through the same arrays,
   * and a broken file can have as many errors as elements.
   */
  children(node: number): readonly number[] {
    let result = this.childrenOf.get(node);
    if (result === undefined) {
      result = [];
      const last = node + Math.max(1, this.slot(node, SIZE));
      for (let child = node + 1; child < last; child += Math.max(1, this.slot(child, SIZE))) {
        result.push(child);
      }
      this.childrenOf.set(node, result);
    }
    return result;
  }

  private slot(node: number, field: number): number {
    return this.slots[node * STRIDE + field] ?? 0;
  }

  /** Tells whether the node is the value of an object member, and so has a key. */
  hasKey(node: number): boolean {
    return this.keyStart(node) >= 0;
  }

  keyStart(node: number): number {
    return node < this.nodeCount ? this.slot(node, KEY_START) : -1;
  }

  keyEnd(node: number): number {
    return node < this.nodeCount ? this.slot(node, KEY_END) : -1;
  }

  /** Decodes the key of a member value; undefined for a node that is not one. */
  key(node: number): string | undefined {
    const start = this.keyStart(node);
    if (start < 0) return undefined;
    return decodeString(this.text, start, this.keyEnd(node));
  }

  /** Decodes the value of a string, number, boolean or null node; undefined for containers. */
  value(node: number): string | number | boolean | null | undefined {
    const start = this.start(node);
    const end = this.end(node);
    switch (this.kind(node)) {
      case "string":
        return decodeString(this.text, start, end);
      case "number":
        return Number(this.text.slice(start, end));
      case "boolean":
        return this.text.charCodeAt(start) === 0x74;
      case "null":
        return null;
      default:
        return undefined;
    }
  }

  stringValue(node: number): string | undefined {
    return this.kind(node) === "string"
      ? decodeString(this.text, this.start(node), this.end(node))
      : undefined;
  }

  numberValue(node: number): number | undefined {
    return this.kind(node) === "number"
      ? Number(this.text.slice(this.start(node), this.end(node)))
      : undefined;
  }

  /** Compares a member's key with `key`, in place in the text when the key has no escapes. */
  keyEquals(node: number, key: string): boolean {
    const start = this.keyStart(node);
    if (start < 0) return false;
    const end = this.keyEnd(node);
    if (end - start === key.length + 2 && this.text.startsWith(key, start + 1)) return true;
    return this.hasBackslash(start, end) && this.key(node) === key;
  }

  /** Tells whether two members have the same key. */
  sameKey(a: number, b: number): boolean {
    const startA = this.keyStart(a);
    const startB = this.keyStart(b);
    if (startA < 0 || startB < 0) return false;
    const length = this.keyEnd(a) - startA;
    if (length === this.keyEnd(b) - startB) {
      let equal = true;
      for (let i = 0; i < length && equal; i++) {
        equal = this.text.charCodeAt(startA + i) === this.text.charCodeAt(startB + i);
      }
      if (equal) return true;
    }
    const escaped =
      this.hasBackslash(startA, this.keyEnd(a)) || this.hasBackslash(startB, this.keyEnd(b));
    return escaped && this.key(a) === this.key(b);
  }

  // A bounded loop: `indexOf` would scan past the key, up to the whole text.
  private hasBackslash(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 0x5c) return true;
    return false;
  }

  /**
   * Returns the member value that `JSON.parse` keeps for `key`: the last one written,
   * because a later duplicate overwrites an earlier one.
   */
  member(object: number, key: string): number | undefined {
    let found: number | undefined;
    for (const child of this.children(object)) {
      if (this.key(child) === key) found = child;
    }
    return found;
  }

  /**
   * Resolves a JSON Pointer (RFC 6901, as ajv's `instancePath`) to the deepest node it
   * reaches. `complete` is false when a step of the pointer does not exist in the text.
   */
  resolve(pointer: string): { node: number; complete: boolean } {
    let node = this.root;
    if (pointer === "") return { node, complete: true };
    for (const raw of pointer.slice(1).split("/")) {
      const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      const kind = this.kind(node);
      let next: number | undefined;
      if (kind === "object") next = this.member(node, segment);
      else if (kind === "array") next = this.children(node)[Number(segment)];
      if (next === undefined) return { node, complete: false };
      node = next;
    }
    return { node, complete: true };
  }
}

/** Decodes the JSON string literal at `[start, end)` (quotes included). */
function decodeString(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (!inner.includes("\\")) return inner;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return inner;
  }
}

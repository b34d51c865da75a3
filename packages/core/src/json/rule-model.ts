import type { ActionItem, RuleNode, StepNode, StringValue } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import type { JsonTree } from "./tree.js";

/** Called for every member whose key repeats an earlier key of the same object. */
export type DuplicateKeyHandler = (object: number, member: number) => void;

/**
 * Reads the rule model from the positions of a rule file (an object with `name`,
 * `description` and `content`) or of a bare content array. It takes what it can even when
 * the schema fails, so lint rules still run on the rest. A step is kept when its
 * `sequence` is a non-negative integer and its `actions` is an array. An action is kept
 * when its `name` is a non-empty string. The schema reports everything skipped here. A
 * missing name reads as "" placed on the opening brace.
 */
export function readRuleNode(
  tree: JsonTree,
  onDuplicate: DuplicateKeyHandler,
): RuleNode | undefined {
  const root = tree.root;
  const range = rangeOf(tree, root);
  const opening = { start: range.start, end: range.start + 1 };

  if (tree.kind(root) === "array") {
    return { name: "", nameRange: opening, steps: readSteps(tree, root, onDuplicate), range };
  }
  if (tree.kind(root) !== "object") return undefined;

  // Later members overwrite earlier ones, as in JSON.parse.
  let name: number | undefined;
  let description: number | undefined;
  let content: number | undefined;
  const members = new MemberWalk(tree, root, onDuplicate);
  for (let member = members.next(); member !== -1; member = members.next()) {
    if (tree.keyEquals(member, "name")) name = member;
    else if (tree.keyEquals(member, "description")) description = member;
    else if (tree.keyEquals(member, "content")) content = member;
  }

  const nameValue = name === undefined ? undefined : tree.stringValue(name);
  const rule: RuleNode = {
    name: nameValue ?? "",
    nameRange: name !== undefined && nameValue !== undefined ? rangeOf(tree, name) : opening,
    steps:
      content !== undefined && tree.kind(content) === "array"
        ? readSteps(tree, content, onDuplicate)
        : [],
    range,
  };
  const descriptionValue = description === undefined ? undefined : stringValue(tree, description);
  if (descriptionValue !== undefined) rule.description = descriptionValue;
  return rule;
}

function readSteps(tree: JsonTree, array: number, onDuplicate: DuplicateKeyHandler): StepNode[] {
  const steps: StepNode[] = [];
  const end = tree.subtreeEnd(array);
  for (
    let element = tree.firstChild(array);
    element !== -1 && element < end;
    element = tree.nextSibling(element)
  ) {
    if (tree.kind(element) !== "object") continue;
    const step = readStep(tree, element, onDuplicate);
    if (step) steps.push(step);
  }
  return steps;
}

function readStep(
  tree: JsonTree,
  object: number,
  onDuplicate: DuplicateKeyHandler,
): StepNode | undefined {
  let sequence: number | undefined;
  let actions: number | undefined;
  const members = new MemberWalk(tree, object, onDuplicate);
  for (let member = members.next(); member !== -1; member = members.next()) {
    if (tree.keyEquals(member, "sequence")) sequence = member;
    else if (tree.keyEquals(member, "actions")) actions = member;
  }
  if (sequence === undefined || actions === undefined || tree.kind(actions) !== "array")
    return undefined;

  const value = tree.numberValue(sequence);
  if (value === undefined || !Number.isSafeInteger(value) || value < 0) return undefined;

  const items: ActionItem[] = [];
  const end = tree.subtreeEnd(actions);
  for (
    let action = tree.firstChild(actions);
    action !== -1 && action < end;
    action = tree.nextSibling(action)
  ) {
    if (tree.kind(action) !== "object") continue;
    let name: number | undefined;
    const members = new MemberWalk(tree, action, onDuplicate);
    for (let member = members.next(); member !== -1; member = members.next()) {
      if (tree.keyEquals(member, "name")) name = member;
    }
    const text = name === undefined ? undefined : tree.stringValue(name);
    if (name !== undefined && text)
      items.push({ type: "action", name: text, range: rangeOf(tree, name) });
  }

  return {
    sequence: value,
    sequenceRange: rangeOf(tree, sequence),
    form: "json",
    items,
    range: rangeOf(tree, object),
  };
}

/** Beyond this many members, repeated keys are found with a set instead of pairwise. */
const PAIRWISE_LIMIT = 16;

/** Walks the members of an object in text order and reports repeated keys on the way. */
class MemberWalk {
  private readonly first: number;
  private readonly end: number;
  private current = -1;
  private count = 0;
  private seen: Set<string> | undefined;

  constructor(
    private readonly tree: JsonTree,
    private readonly object: number,
    private readonly onDuplicate: DuplicateKeyHandler,
  ) {
    this.first = tree.firstChild(object);
    this.end = tree.subtreeEnd(object);
  }

  /** Returns the next member, or -1 after the last one. */
  next(): number {
    const tree = this.tree;
    const member = this.current === -1 ? this.first : tree.nextSibling(this.current);
    if (member === -1 || member >= this.end) return -1;
    this.current = member;
    this.count++;
    if (this.count > 1) this.checkDuplicate(member);
    return member;
  }

  private checkDuplicate(member: number): void {
    const tree = this.tree;
    if (this.count <= PAIRWISE_LIMIT) {
      // Objects in rule files have two or three keys, so comparing in place is cheapest.
      for (let earlier = this.first; earlier < member; earlier = tree.nextSibling(earlier)) {
        if (tree.sameKey(earlier, member)) {
          this.onDuplicate(this.object, member);
          return;
        }
      }
      return;
    }
    if (!this.seen) {
      this.seen = new Set();
      for (let earlier = this.first; earlier < member; earlier = tree.nextSibling(earlier)) {
        this.seen.add(tree.key(earlier) ?? "");
      }
    }
    const key = tree.key(member) ?? "";
    if (this.seen.has(key)) this.onDuplicate(this.object, member);
    else this.seen.add(key);
  }
}

function rangeOf(tree: JsonTree, node: number): TextRange {
  return { start: tree.start(node), end: tree.end(node) };
}

function stringValue(tree: JsonTree, node: number): StringValue | undefined {
  const value = tree.stringValue(node);
  return value === undefined ? undefined : { value, range: rangeOf(tree, node) };
}

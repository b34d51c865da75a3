import type { ActionItem, RuleNode, StepNode, StringValue } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import type { JsonTree } from "./tree.js";

/** Called for every member whose key repeats an earlier key of the same object. */
export type DuplicateKeyHandler = (object: number, member: number) => void;

/**
 * Reads the rule model from the positions of a rule file (an object with `name`,
 * `description` and `content`) or of a bare content array. It takes what it can even when
 * the schema fails, so lint rules still run on the rest. A step is kept when it is an
 * object whose `sequence` is a non-negative integer. Its actions are read when `actions`
 * is an array, and it has none otherwise. Other entries are listed in `unreadSteps`. An
 * action is kept when its `name` is a non-empty string. The schema reports everything
 * skipped here. A missing name reads as "" placed on the opening brace, and a name that
 * is not a string reads as "" placed on that value.
 */
export function readRuleNode(
  tree: JsonTree,
  onDuplicate: DuplicateKeyHandler,
): RuleNode | undefined {
  const root = tree.root;
  const range = rangeOf(tree, root);
  const opening = { start: range.start, end: range.start + 1 };

  if (tree.kind(root) === "array") {
    const rule: RuleNode = { name: "", nameRange: opening, steps: [], range };
    readSteps(tree, root, rule, onDuplicate);
    return rule;
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

  const rule: RuleNode = {
    name: name === undefined ? "" : (tree.stringValue(name) ?? ""),
    nameRange: name === undefined ? opening : rangeOf(tree, name),
    steps: [],
    range,
  };
  if (content !== undefined && tree.kind(content) === "array")
    readSteps(tree, content, rule, onDuplicate);
  const descriptionValue = description === undefined ? undefined : stringValue(tree, description);
  if (descriptionValue !== undefined) rule.description = descriptionValue;
  return rule;
}

/** Adds the entries of a content array to `rule`: as steps, or to `unreadSteps`. */
function readSteps(
  tree: JsonTree,
  array: number,
  rule: RuleNode,
  onDuplicate: DuplicateKeyHandler,
): void {
  const end = tree.subtreeEnd(array);
  for (
    let element = tree.firstChild(array);
    element !== -1 && element < end;
    element = tree.nextSibling(element)
  ) {
    const step = tree.kind(element) === "object" ? readStep(tree, element, onDuplicate) : undefined;
    if (step) {
      rule.steps.push(step);
    } else {
      rule.unreadSteps ??= [];
      rule.unreadSteps.push(rangeOf(tree, element));
    }
  }
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
  if (sequence === undefined) return undefined;
  const value = tree.numberValue(sequence);
  if (value === undefined || !Number.isSafeInteger(value) || value < 0) return undefined;

  // A step whose `actions` is missing or not an array keeps its chapter, with no actions.
  const items: ActionItem[] = [];
  const list = actions !== undefined && tree.kind(actions) === "array" ? actions : undefined;
  const end = list === undefined ? -1 : tree.subtreeEnd(list);
  for (
    let action = list === undefined ? -1 : tree.firstChild(list);
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

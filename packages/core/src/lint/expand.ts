import type { ActionItem, StepItem } from "../model/model.js";
import type { Located, WorkspaceView } from "./types.js";

/** One action of a step after every `use` has been replaced by its fragment's items. */
export interface ExpandedAction {
  name: string;
  /** The item written in the step itself: the action, or the outermost `use` that brought it. */
  site: StepItem;
  /** The location of the action itself, in another document when it comes from a fragment. */
  origin: Located<ActionItem>;
  /** Fragment names followed from the step to the action, outermost first. */
  via: string[];
}

export interface Expansion {
  actions: ExpandedAction[];
  /** False when a `use` names no fragment or closes a cycle; those uses add no actions. */
  complete: boolean;
}

/**
 * Items an expansion visits at most. A fragment used twice by a fragment used twice...
 * doubles at each level, so 30 levels would be a billion actions. Content that large is
 * far over any size the service takes (and `content-too-large` reports the part expanded),
 * so the expansion stops there, incomplete, instead of running out of memory.
 */
export const maxExpandedItems = 1_000_000;

/**
 * Expands a step's items the way the compiler inlines fragments, keeping for each action
 * the item of the step it came from, so rules can point at the use site. Undefined and
 * cyclic uses are skipped (other rules report them) and mark the expansion incomplete, as
 * does reaching `maxItems`.
 */
export function expandItems(
  items: readonly StepItem[],
  uri: string,
  workspace: Pick<WorkspaceView, "resolveFragment">,
  maxItems = maxExpandedItems,
): Expansion {
  const actions: ExpandedAction[] = [];
  if (items.every(isAction)) {
    // No `use`: the common case needs no recursion and no fragment lookups.
    for (const item of items as readonly ActionItem[])
      actions.push(new ExpandedActionNode(item, item, uri, undefined));
    return { actions, complete: true };
  }
  let complete = true;

  // An explicit stack instead of recursion: a chain of thousands of fragments must not
  // overflow the call stack. `expanding` contains the fragment names of the open frames.
  const stack: ExpansionFrame[] = [{ list: items, next: 0, uri, site: undefined, via: undefined }];
  const expanding = new Set<string>();
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > maxItems) {
      complete = false;
      break;
    }
    const frame = stack[stack.length - 1] as ExpansionFrame;
    const item = frame.list[frame.next++];
    if (item === undefined) {
      stack.pop();
      if (frame.via !== undefined) expanding.delete(frame.via.name);
      continue;
    }

    const itemSite = frame.site ?? item;
    if (item.type === "action") {
      actions.push(new ExpandedActionNode(item, itemSite, frame.uri, frame.via));
      continue;
    }

    const target = workspace.resolveFragment(item.fragment);
    if (!target || expanding.has(item.fragment)) {
      complete = false;
      continue;
    }
    expanding.add(item.fragment);
    stack.push({
      list: target.node.items,
      next: 0,
      uri: target.uri,
      site: itemSite,
      via: { name: item.fragment, outer: frame.via },
    });
  }
  return { actions, complete };
}

/** One item list being expanded: the step's own list or the body of a used fragment. */
interface ExpansionFrame {
  list: readonly StepItem[];
  /** Index of the next item of `list` to expand. */
  next: number;
  uri: string;
  /** The step item that brought this list in; undefined for the step's own list. */
  site: StepItem | undefined;
  via: ViaLink | undefined;
}

/**
 * The fragment names followed to reach a list, innermost first. Frames share their outer
 * links, so a deep chain costs one link per level instead of one array copy per level.
 */
interface ViaLink {
  name: string;
  outer: ViaLink | undefined;
}

function isAction(item: StepItem): item is ActionItem {
  return item.type === "action";
}

/**
 * An expanded action. Every step of every document is expanded on each lint run, and no
 * rule reads `origin` on a clean file, so it is built on request instead of per action.
 */
class ExpandedActionNode implements ExpandedAction {
  readonly name: string;

  constructor(
    private readonly item: ActionItem,
    readonly site: StepItem,
    private readonly uri: string,
    private readonly link: ViaLink | undefined,
  ) {
    this.name = item.name;
  }

  get via(): string[] {
    const names: string[] = [];
    for (let link = this.link; link !== undefined; link = link.outer) names.push(link.name);
    return names.reverse();
  }

  get origin(): Located<ActionItem> {
    return { uri: this.uri, node: this.item };
  }
}

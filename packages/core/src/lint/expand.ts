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
 * Expands a step's items the way the compiler inlines fragments, keeping for each action
 * the item of the step it came from, so rules can point at the use site. Undefined and
 * cyclic uses are skipped (other rules report them) and mark the expansion incomplete.
 */
export function expandItems(
  items: readonly StepItem[],
  uri: string,
  workspace: Pick<WorkspaceView, "resolveFragment">,
): Expansion {
  const actions: ExpandedAction[] = [];
  let complete = true;

  const visit = (
    list: readonly StepItem[],
    listUri: string,
    site: StepItem | undefined,
    via: string[],
  ) => {
    for (const item of list) {
      const itemSite = site ?? item;
      if (item.type === "action") {
        actions.push({
          name: item.name,
          site: itemSite,
          origin: { uri: listUri, node: item },
          via,
        });
        continue;
      }

      const target = workspace.resolveFragment(item.fragment);
      if (!target || via.includes(item.fragment)) {
        complete = false;
        continue;
      }
      visit(target.node.items, target.uri, itemSite, [...via, item.fragment]);
    }
  };

  visit(items, uri, undefined, []);
  return { actions, complete };
}

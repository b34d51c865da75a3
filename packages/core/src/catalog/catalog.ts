import type { Locale } from "../i18n/locale.js";
import type { ActionDefinition } from "../services/types.js";
import bundledCatalog from "./actions.json" with { type: "json" };
import { suggestNames } from "./suggest.js";

/** The detection actions a project can use: the bundled catalog plus the project's own. */
export interface ActionCatalog {
  /** A copy of the definition, which the caller may change. */
  get(name: string): ActionDefinition | undefined;
  /** The catalog's own frozen definition, without a copy: for checks that only read it. */
  lookup(name: string): Readonly<ActionDefinition> | undefined;
  has(name: string): boolean;
  /** Every action: bundled ones in catalog order (replaced where the project redefines them), then the project's new ones. */
  all(): ActionDefinition[];
  /** Up to `max` known names nearest to `name`, closest first; empty when none is close. */
  suggest(name: string, max?: number): string[];
}

const SCOPES = new Set<string>(["step", "recording"]);
const STATUSES = new Set<string>(["confirmed", "sdk-only", "custom"]);

interface CatalogEntry {
  name: string;
  scope: string;
  status: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

/**
 * Checks an entry of the bundled `actions.json`. A failure is a bug in this package (a test
 * validates the file against its schema), so it throws when the module loads.
 */
function toDefinition(entry: CatalogEntry): ActionDefinition {
  if (!SCOPES.has(entry.scope) || !STATUSES.has(entry.status)) {
    throw new Error(`actions.json: invalid scope or status in action ${entry.name}`);
  }
  return freezeDefinition({
    name: entry.name,
    scope: entry.scope as ActionDefinition["scope"],
    status: entry.status as ActionDefinition["status"],
    title: { ...entry.title },
    description: { ...entry.description },
  });
}

const bundled: readonly ActionDefinition[] = bundledCatalog.actions.map(toDefinition);

/** Returns the actions shipped with idrs-rules: 7 seen in rule content, 6 only in the mobile SDK. */
export function bundledActions(): ActionDefinition[] {
  return bundled.map(copyDefinition);
}

/**
 * Creates a catalog of the bundled actions and `extra` (the project's actions from
 * `idrs.config.json`). An extra action with the name of a bundled one replaces it. Among
 * extras, a later entry replaces an earlier one with the same name.
 */
export function createActionCatalog(extra: readonly ActionDefinition[] = []): ActionCatalog {
  const byName = new Map<string, ActionDefinition>();
  for (const action of bundled) byName.set(action.name, action);
  for (const action of extra) byName.set(action.name, freezeDefinition(copyDefinition(action)));
  const names = [...byName.keys()];

  return {
    get: (name) => {
      const action = byName.get(name);
      return action && copyDefinition(action);
    },
    lookup: (name) => byName.get(name),
    has: (name) => byName.has(name),
    all: () => [...byName.values()].map(copyDefinition),
    suggest: (name, max = 3) => suggestNames(name, names, max),
  };
}

// Definitions inside a catalog are frozen, so `lookup` can share them: no caller can change
// the catalog that another caller reads. `get` and `all` still return copies to change.
function freezeDefinition(action: ActionDefinition): ActionDefinition {
  Object.freeze(action.title);
  Object.freeze(action.description);
  return Object.freeze(action);
}

function copyDefinition(action: ActionDefinition): ActionDefinition {
  return { ...action, title: { ...action.title }, description: { ...action.description } };
}

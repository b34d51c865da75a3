import type { ValidateFunction } from "ajv";
import {
  validateActionCatalog,
  validateConfig,
  validateContent,
  validateRuleFile,
} from "./validate.generated.js";

// The validators are compiled ahead of time by ajv from schemas/*.json (see
// scripts/gen-schemas.mjs), so no process imports ajv's compiler or compiles at start-up.
// The ajv options used decide what they report:
// - `allErrors`: every problem, not only the first;
// - `verbose`: each error carries the failing schema, so a message can list what is allowed;
// - `allowMatchingProperties`: lint codes listed in `rules` for editor completion may also
//   match the kebab-case pattern that admits the codes of rules added later;
// - `strict`: a mistake in a schema fails the generator.
// As with any ajv validator, `errors` holds the errors of the last call.

/** The `$id` of each schema: identifiers only, nothing fetches them. */
export const schemaIds = {
  content: "https://idrs-rules.dev/schemas/content.schema.json",
  ruleFile: "https://idrs-rules.dev/schemas/rule-file.schema.json",
  actionCatalog: "https://idrs-rules.dev/schemas/action-catalog.schema.json",
  config: "https://idrs-rules.dev/schemas/config.schema.json",
} as const;

/** Returns the validator of rule content: an array of `{sequence, actions: [{name}]}`. */
export function contentValidator(): ValidateFunction {
  return validateContent as ValidateFunction;
}

/** Returns the validator of a `*.rule.json` object: `{name, description?, content}`. */
export function ruleFileValidator(): ValidateFunction {
  return validateRuleFile as ValidateFunction;
}

/** Returns the validator of the action catalog file. */
export function actionCatalogValidator(): ValidateFunction {
  return validateActionCatalog as ValidateFunction;
}

/** Returns the validator of a parsed `idrs.config.json`. */
export function configValidator(): ValidateFunction {
  return validateConfig as ValidateFunction;
}

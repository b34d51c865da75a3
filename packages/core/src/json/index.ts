export { contentByteLength } from "./byte-length.js";
export {
  type ParseContentJsonOptions,
  type ParseContentJsonResult,
  parseContentJson,
} from "./parse-content.js";
export { type ParseRuleJsonOptions, parseRuleJson } from "./parse-rule.js";
export { scanJson } from "./scanner.js";
export { type JsonKind, JsonTree } from "./tree.js";

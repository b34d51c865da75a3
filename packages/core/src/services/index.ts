export { createLanguageServices } from "./createLanguageServices.js";
export { documentKind, isRuleFileName } from "./documents.js";
export type { ContentReadResult, Engine } from "./engine.js";
export { createLanguageServicesWith } from "./languageServices.js";
export { WorkspaceIndex } from "./workspaceIndex.js";

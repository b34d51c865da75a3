export { type ActionCatalog, bundledActions, createActionCatalog } from "./catalog.js";
export { editDistance, suggestNames } from "./suggest.js";

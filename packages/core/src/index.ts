export * from "./cancellation.js";
export type * from "./diagnostics.js";
export * from "./i18n/index.js";
export * from "./logger.js";
export type * from "./model/index.js";
export type * from "./services/types.js";
export * from "./text/range.js";

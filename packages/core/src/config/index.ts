export { type ParseConfigOptions, type ParseConfigResult, parseConfig } from "./parse-config.js";

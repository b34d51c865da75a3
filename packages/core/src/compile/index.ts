export { collectFragments, compileRule, contentToJson } from "./compile.js";
export { printContentAsIdrs } from "./print.js";

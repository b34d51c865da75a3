export { formatIdrs } from "./format.js";
export { MAX_LINE_WIDTH } from "./layout.js";
export { displayWidth } from "./width.js";

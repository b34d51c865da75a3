/** ANSI styles, or plain text when colour is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const colored: Palette = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  green: style(32, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const identity = (text: string) => text;
const plain: Palette = {
  red: identity,
  yellow: identity,
  blue: identity,
  green: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

export function palette(enabled: boolean): Palette {
  return enabled ? colored : plain;
}

/**
 * Decides whether to colour output, by the first rule that applies: `--no-color` turns
 * colour off. FORCE_COLOR turns it on, or off for `0` and `false`. A non-empty NO_COLOR
 * (as no-color.org defines it) turns it off. Otherwise colour is on for a terminal.
 */
export function shouldColor(options: {
  noColorFlag: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}): boolean {
  if (options.noColorFlag) return false;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (options.env.NO_COLOR) return false;
  return options.isTTY;
}

/**
 * A small glob matcher for `overrides[].files`, safe in browsers (no `node:path`).
 * Supported: `**` (any number of path segments, also none), `*` (any characters except
 * `/`), `?` (one character except `/`), `{a,b}` (alternatives, may nest) and `\` to escape
 * the next character. Paths and patterns use `/`; a leading `./` is ignored.
 */
const compiled = new Map<string, RegExp>();

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** Translates pattern characters from `start` up to an unmatched `}` or `,` (when `inBraces`). */
function translate(
  pattern: string,
  start: number,
  inBraces: boolean,
): { source: string; end: number } {
  let source = "";
  let index = start;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (inBraces && (char === "," || char === "}")) break;

    if (char === "\\" && index + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(index + 1));
      index += 2;
    } else if (char === "*" && pattern.charAt(index + 1) === "*") {
      const atSegmentStart = index === 0 || pattern.charAt(index - 1) === "/";
      const followedBySlash = pattern.charAt(index + 2) === "/";
      if (atSegmentStart && followedBySlash) {
        // `**/` matches zero or more whole segments.
        source += "(?:[^/]*/)*";
        index += 3;
      } else {
        source += ".*";
        index += 2;
      }
    } else if (char === "*") {
      source += "[^/]*";
      index += 1;
    } else if (char === "?") {
      source += "[^/]";
      index += 1;
    } else if (char === "{") {
      const alternatives: string[] = [];
      let cursor = index + 1;
      let closed = false;
      while (cursor <= pattern.length) {
        const part = translate(pattern, cursor, true);
        alternatives.push(part.source);
        cursor = part.end + 1;
        if (pattern.charAt(part.end) === "}") {
          closed = true;
          break;
        }
        if (part.end >= pattern.length) break;
      }
      if (closed) {
        source += `(?:${alternatives.join("|")})`;
        index = cursor;
      } else {
        // An unclosed brace is an ordinary character, as in most shells.
        source += "\\{";
        index += 1;
      }
    } else {
      source += escapeRegExp(char);
      index += 1;
    }
  }
  return { source, end: index };
}

export function globToRegExp(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const normalized = pattern.replace(/^\.\//, "");
  const regexp = new RegExp(`^${translate(normalized, 0, false).source}$`, "u");
  compiled.set(pattern, regexp);
  return regexp;
}

/**
 * Tests a slash-separated path against a glob. A pattern without `/` also matches the last
 * segment of the path, so `*.rule.json` matches `rules/a.rule.json` as it does in
 * `.gitignore`.
 */
export function matchesGlob(pattern: string, path: string): boolean {
  const normalizedPath = path.replace(/\\/g, "/").replace(/^\.\//, "");
  if (globToRegExp(pattern).test(normalizedPath)) return true;
  if (pattern.includes("/")) return false;
  const baseName = normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1);
  return globToRegExp(pattern).test(baseName);
}

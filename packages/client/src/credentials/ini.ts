/** Sections of an INI file: section name -> key -> value. Keys before any section are dropped. */
export type IniSections = Map<string, Map<string, string>>;

/**
 * Parses the INI dialect of `~/.alibabacloud/credentials`: `[section]` headers,
 * `key = value` lines, and whole-line comments starting with `#` or `;`. Surrounding
 * quotes of a value are removed. Returns the line number of the first malformed line.
 */
export function parseIni(text: string): { sections: IniSections } | { badLine: number } {
  const sections: IniSections = new Map();
  let current: Map<string, string> | undefined;

  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) {
      continue;
    }

    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header?.[1] !== undefined) {
      current = sections.get(header[1]) ?? new Map();
      sections.set(header[1], current);
      continue;
    }

    const equals = line.indexOf("=");
    if (equals <= 0) {
      return { badLine: index + 1 };
    }
    const key = line.slice(0, equals).trim();
    const value = unquote(line.slice(equals + 1).trim());
    current?.set(key, value);
  }

  return { sections };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted?.[2] ?? value;
}

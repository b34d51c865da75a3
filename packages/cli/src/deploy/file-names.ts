/** Names Windows reserves for devices, with or without an extension. */
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Longest base name in UTF-8 bytes; leaves room for `-NN` and `.rule.json` under 255. */
const maxBaseBytes = 180;

/**
 * Turns a rule name into a base file name that works on Linux, macOS and Windows: path
 * separators, reserved characters (`< > : " / \ | ? *`) and control characters become `-`,
 * whitespace runs become one `-`, leading dots and trailing dots or spaces go. Chinese
 * and emoji are kept. `fallback` is used when nothing usable is left.
 */
export function safeBaseName(name: string, fallback: string): string {
  let base = name
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, "-")
    .replace(/\s+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.-]+/, "")
    .replace(/[.\s-]+$/u, "");

  base = truncateUtf8(base, maxBaseBytes).replace(/[.\s-]+$/u, "");
  if (base === "" || reservedNames.test(base.split(".")[0] ?? "")) {
    base = base === "" ? fallback : `${base}-rule`;
  }
  return base;
}

/** Cuts text to at most `maxBytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = "";
  for (const character of text) {
    bytes += Buffer.byteLength(character, "utf8");
    if (bytes > maxBytes) break;
    result += character;
  }
  return result;
}

/**
 * Picks `base + extension`, or `base-2 + extension`, `base-3 ...` when the name is taken.
 * `taken` compares case-insensitively, because macOS and Windows file systems do.
 */
export function uniqueFileName(
  base: string,
  extension: string,
  isTaken: (lowerCaseName: string) => boolean,
): string {
  for (let counter = 1; ; counter++) {
    const name = counter === 1 ? `${base}${extension}` : `${base}-${counter}${extension}`;
    if (!isTaken(name.toLowerCase())) return name;
  }
}

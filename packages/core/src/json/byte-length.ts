/**
 * Returns the size of a string in UTF-8 bytes, as the service receives `Content`, without
 * encoding it. An unpaired surrogate counts 3 bytes, the size of the U+FFFD that
 * `TextEncoder` writes for it.
 */
export function contentByteLength(json: string): number {
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = json.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/**
 * Returns the UTF-8 size of `JSON.stringify(value)` for a string, without building it.
 * `JSON.stringify` writes `"`, `\` and the short control escapes as two characters, other
 * control characters and unpaired surrogates as six-character `\uXXXX` escapes, and
 * everything else as it is.
 */
export function jsonStringByteLength(value: string): number {
  let bytes = 2;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x20 && code !== 0x22 && code !== 0x5c) bytes += 1;
      else bytes += shortEscapes.has(code) ? 2 : 6;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 6;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** `"`, `\`, backspace, tab, line feed, form feed and carriage return. */
const shortEscapes: ReadonlySet<number> = new Set([0x22, 0x5c, 0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/** Returns the size of `JSON.stringify(value)` for a number; it is ASCII. */
export function jsonNumberByteLength(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) return JSON.stringify(value).length;
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

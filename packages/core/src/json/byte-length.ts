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

/**
 * Tells whether the text may contain an object with a repeated key, given the value
 * `JSON.parse` made of it. `JSON.parse` keeps only the last of repeated keys, so the value
 * has fewer members than the text has keys. Every key is followed by a colon, so when the
 * text has no more colons than the value has members, no key can repeat. Only texts that
 * fail this cheap check need the position scan.
 */
export function mayRepeatKeys(text: string, value: unknown): boolean {
  let colons = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x3a) colons++;
  return colons > memberCount(value);
}

function memberCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const element of value) count += memberCount(element);
    return count;
  }
  for (const member of Object.values(value)) count += 1 + memberCount(member);
  return count;
}

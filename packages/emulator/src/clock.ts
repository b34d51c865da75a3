/** How far a request's `Timestamp` may be from the server clock, and how long nonces are kept. */
export const signatureWindowMs = 15 * 60 * 1000;

const timestampPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Parses the `Timestamp` common parameter, which the reference defines as UTC
 * `YYYY-MM-DDThh:mm:ssZ` without milliseconds. Returns epoch milliseconds, or undefined when
 * the text has another shape or names an impossible date such as February 30.
 */
export function parseRequestTimestamp(text: string): number | undefined {
  const match = timestampPattern.exec(text);
  if (!match) {
    return undefined;
  }

  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);

  // Date.UTC rolls overflowing fields into the next unit, so a round trip catches them.
  const date = new Date(ms);
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return valid ? ms : undefined;
}

/** Formats a UTC `Timestamp` as clients send it, for example `2020-07-14T06:01:41Z`. */
export function formatRequestTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Formats `CreatedAt` as the service does: Beijing time (UTC+8, no daylight saving) with
 * milliseconds, for example `2020-07-14T14:01:41.000+08:00`.
 */
export function formatCreatedAt(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 23)}+08:00`;
}

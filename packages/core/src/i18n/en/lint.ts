/** Messages of the lint area in en; keys must match the other locale's file. */
export const lintMessages = {
} as const;

/** Messages of the json area in en; keys must match the other locale's file. */
export const jsonMessages = {
} as const;

/** Messages of the syntax area in en; keys must match the other locale's file. */
export const syntaxMessages = {
} as const;

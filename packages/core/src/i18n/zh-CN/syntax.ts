/** Messages of the syntax area in zh-CN; keys must match the other locale's file. */
export const syntaxMessages = {
} as const;

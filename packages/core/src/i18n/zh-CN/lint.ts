/** Messages of the lint area in zh-CN; keys must match the other locale's file. */
export const lintMessages = {
} as const;

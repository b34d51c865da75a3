/** Messages of the json area in zh-CN; keys must match the other locale's file. */
export const jsonMessages = {
} as const;

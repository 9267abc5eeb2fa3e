/** The shape of the CLI's text tables (./text, ./usageText, ./reviewText): key → [zh-CN, en-US]. */
export type Lang = 'zh-CN' | 'en-US';
export type P = Record<string, string | number>;
export type T = (p: P) => string;

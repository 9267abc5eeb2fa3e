/** 复核 (issue 14): the reviewer's 「复核记录」, its engine, the draft 复核意见 and the sheet. */
export * from './recordColumns';
export * from './items';
export * from './readRecord';
export * from './engine';
export * from './draft';
export * from './draftMark';
export * from './draftText';
export * from './recordSheet';
export * from './reviewJson';

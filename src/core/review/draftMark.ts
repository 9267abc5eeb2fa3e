/**
 * The mark that makes a draft 复核意见 written into 「复核记录」 recognisable as the add-in's own and
 * untouched: `〔草稿·<hash of the text>〕` at its end. A refresh replaces a draft whose text still
 * hashes to its mark (the reviewer has not changed a character) with the current draft; any edit,
 * or removing the mark, makes the text the reviewer's, and it is never written over again.
 */
const MARK_RE = /〔草稿·([0-9a-z]{1,8})〕$/;

/** FNV-1a, 32 bits, base 36: a mark, not a secret — it only has to notice an edit. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function markDraft(text: string): string {
  return `${text}〔草稿·${hash(text)}〕`;
}

/** True for a draft as the add-in wrote it, unedited. */
export function isUntouchedDraft(text: string): boolean {
  const m = MARK_RE.exec(text);
  return m !== null && hash(text.slice(0, m.index)) === m[1];
}

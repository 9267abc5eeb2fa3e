/** Decoding of XML character data and attribute values, as an XML parser reports them. */

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // No character (beyond U+10FFFF): an XML parser would reject it; keep it as written.
      return code <= 0x10ffff ? String.fromCodePoint(code) : `&${e};`;
    }
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/** Character data as an XML parser reports it: `\r\n` and `\r` become `\n`, entities decoded. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') >= 0 ? unescapeXml(s) : s;
}

/** An attribute value as an XML parser reports it (whitespace characters become spaces). */
export function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.indexOf('&') >= 0 ? unescapeXml(s) : s;
}

/** Excel's `_xHHHH_` escapes inside strings (`_x000D_` is a carriage return). */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf('_x') >= 0 ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

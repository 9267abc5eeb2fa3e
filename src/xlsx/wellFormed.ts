/**
 * Is a part's markup well-formed enough to edit surgically? The patcher finds elements with
 * regular expressions and `indexOf` of their end tags; the reader (read/, a forgiving scanner)
 * reads tag soup its own way. On a part where a `<` sits inside a tag or end tags do not match
 * their start tags, the two disagree about where a row or `<sheetData>` ends, and a patch would
 * change cells the plan never named (found by the fuzzer, test/fuzz/). Such a part is refused.
 */

const NAME_START = /[A-Za-z_:]/;

/** Why the markup is not well-formed (with the offset), or null when it is. */
export function malformation(xml: string): string | null {
  const open: string[] = [];
  let i = xml.indexOf('<');
  while (i >= 0) {
    if (xml.startsWith('<?', i)) i = after(xml, '?>', i);
    else if (xml.startsWith('<!--', i)) i = after(xml, '-->', i);
    else if (xml.startsWith('<![CDATA[', i)) i = after(xml, ']]>', i);
    else if (xml.startsWith('<!', i)) return `a declaration at ${i}`; // a DTD has no place in a part
    else {
      const closing = xml[i + 1] === '/';
      let j = closing ? i + 2 : i + 1;
      if (!NAME_START.test(xml[j] ?? '')) return `a stray "<" at ${i}`;
      while (j < xml.length && !/[\s/>]/.test(xml[j])) j++;
      const name = xml.slice(closing ? i + 2 : i + 1, j);
      let quote = '';
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (quote) {
          if (c === quote) quote = '';
          else if (c === '<') return `a "<" in an attribute value at ${j}`; // XML forbids it; indexOf('</row>') would not
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '<') return `a "<" inside the tag at ${i}`;
        else if (c === '>') break;
      }
      if (j >= xml.length) return `the tag at ${i} is not closed`;
      if (closing) {
        if (open.pop() !== name) return `</${name}> at ${i} closes no open <${name}>`;
      } else if (xml[j - 1] !== '/') open.push(name);
      i = j + 1;
    }
    if (i < 0) return 'a comment, CDATA section or instruction is not closed';
    i = xml.indexOf('<', i);
  }
  return open.length ? `<${open[open.length - 1]}> is not closed` : null;
}

function after(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

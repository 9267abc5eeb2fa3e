/**
 * A canonical text of a small XML fragment (a `<font>`, `<fill>`, `<border>` or `<xf>` of
 * styles.xml), so that an entry already in the part is recognised whatever its prefix, attribute
 * order, quoting, whitespace or `<a></a>` vs `<a/>`: the sheet writer reuses it instead of adding
 * a duplicate.
 */
import { parseAttrs } from '../xml';

interface Node {
  name: string;
  attrs: string[];
  children: Node[];
  text: string;
}

const TOKEN = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

function parse(fragment: string): Node[] {
  const root: Node = { name: '', attrs: [], children: [], text: '' };
  const stack = [root];
  for (const m of fragment.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += m[5].trim();
      continue;
    }
    if (m[1] === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const attrs = parseAttrs(m[3])
      .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
      .map((a) => `${a.name}=${a.value}`)
      .sort();
    const node: Node = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  return root.children;
}

function show(n: Node, unordered: boolean): string {
  const kids = n.children.map((c) => show(c, false));
  if (unordered) kids.sort();
  return `${n.name}(${n.attrs.join(',')})[${kids.join('')}]${n.text}`;
}

/**
 * The canonical text of the first element of `fragment`. `unorderedChildren`: its children's
 * order does not matter (CT_Font is a choice, not a sequence).
 */
export function canonical(fragment: string, unorderedChildren = false): string {
  const [first] = parse(fragment.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  return first ? show(first, unorderedChildren) : '';
}

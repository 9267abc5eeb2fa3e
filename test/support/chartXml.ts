/**
 * The results chart as written into a package (xl/charts/chartN.xml and its drawing), read back
 * with regular expressions — no xmllint, as the other xlsx tests: bar direction, category axis
 * settings, the categories' reference and cached texts, the anchor's rows.
 */
export interface ChartXml {
  barDir: string | undefined;
  /** The category axis: orientation, position, tick label skip. */
  categoryAxis: { orientation?: string; axPos?: string; tickLblSkip?: string };
  /** Per series: the categories' reference, their count and cached texts. */
  series: { categories: string | undefined; count: number; labels: string[] }[];
}

const attr = (xml: string, tag: string) => new RegExp(`<c:${tag} val="([^"]*)"/>`).exec(xml)?.[1];

export function readChartXml(xml: string): ChartXml {
  const catAx = /<c:catAx>([\s\S]*?)<\/c:catAx>/.exec(xml)?.[1] ?? '';
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(m[1])?.[1] ?? '';
    return {
      categories: /<c:f>([^<]*)<\/c:f>/.exec(cat)?.[1],
      count: Number(attr(cat, 'ptCount')),
      labels: [...cat.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => p[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')),
    };
  });
  return { barDir: attr(xml, 'barDir'), categoryAxis: { orientation: attr(catAx, 'orientation'), axPos: attr(catAx, 'axPos'), tickLblSkip: attr(catAx, 'tickLblSkip') }, series };
}

/** The drawing's anchor: first and last row covered (0-based; `to` is exclusive, as DrawingML has it). */
export function anchorRows(drawing: string): { from: number; to: number } {
  const row = (tag: string) => Number(new RegExp(`<xdr:${tag}>[\\s\\S]*?<xdr:row>(\\d+)</xdr:row>`).exec(drawing)?.[1]);
  return { from: row('from'), to: row('to') };
}

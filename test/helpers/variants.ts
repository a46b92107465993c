/**
 * Realistic variants of the national format (format.md §1.3, §2.1, §3.1–3.3) built from the real
 * reports: the 2019 trial tables, an 8-column table 三, label and heading wordings seen in
 * published reports. Each returns the rows of a table as field texts, for `replaceTable`.
 */
import { Doc, REQUEST_ROW_NEEDLES, norm, tableRows } from './doc';

/** Table 二 of the 2019 trial format (T2019), with figures. */
export const ACTIVE_2019: readonly (readonly string[])[] = [
  ['第二十条第（一）项', '', '', ''],
  ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
  ['规章', '0', '0', '0'],
  ['规范性文件', '3', '3', '25'],
  ['第二十条第（五）项', '', '', ''],
  ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
  ['行政许可', '12', '-2', '340'],
  ['其他对外管理服务事项', '5', '0', '21'],
  ['第二十条第（六）项', '', '', ''],
  ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
  ['行政处罚', '40', '3', '120'],
  ['行政强制', '6', '0', '8'],
  ['第二十条第（八）项', '', '', ''],
  ['信息内容', '上一年项目数量', '本年增/减', ''],
  ['行政事业性收费', '2', '0', ''],
  ['第二十条第（九）项', '', '', ''],
  ['信息内容', '采购项目数量', '采购总金额', ''],
  ['政府集中采购', '4', '56.3', ''],
];

/** Index of the label field in a physical row of table 三 (the first field naming a known row). */
function labelIndex(row: readonly string[], needle: string): number {
  return row.findIndex((f) => norm(f).includes(norm(needle)));
}

/**
 * Table 三 of the 2019 trial format: （六）其他处理 is one row, holding the sum of the three 2021 items
 * (so the table still adds up).
 */
export function requests2019(doc: Doc): string[][] {
  const rows = tableRows(doc, 'requests');
  const items = ['逾期不补正', '收费通知', '3.其他'];
  const at = rows.findIndex((r) => labelIndex(r, items[0]!) >= 0);
  const sums = [0, 0, 0, 0, 0, 0, 0];
  for (const needle of items) {
    const cells = doc.cells('requests', needle);
    cells.forEach((c, i) => (sums[i]! += Number(c.text)));
  }
  const out = rows.filter((r) => !items.some((n) => labelIndex(r, n) >= 0));
  out.splice(at, 0, ['', '（六）其他处理', ...sums.map(String)]);
  return out;
}

/**
 * Table 三 with an eighth column, the 法人或其他组织 subtotal (the "8 列格式" some offices use; format
 * §3.1), written after the five kinds of organisation (`at` 6, as the govnianbao template has it)
 * or right after 自然人 (`at` 1), with a header cell 小计 in its place (none when `header` is false).
 */
export function requestsWithOrgSubtotal(doc: Doc, options: { at?: 1 | 6; header?: boolean; subtotal?: (row: number, orgs: number) => number } = {}): string[][] {
  const at = options.at ?? 6;
  const rows = tableRows(doc, 'requests');
  const out: string[][] = [];
  for (const r of rows) {
    const needle = REQUEST_ROW_NEEDLES.findIndex((n) => labelIndex(r, n) >= 0);
    if (needle < 0) {
      const business = r.indexOf('商业企业');
      if (business >= 0 && options.header !== false) {
        const other = r.indexOf('其他', business);
        const place = at === 1 ? business : other + 1;
        out.push([...r.slice(0, place), '小计', ...r.slice(place)]);
      } else {
        out.push(r.slice());
      }
      continue;
    }
    const label = labelIndex(r, REQUEST_ROW_NEEDLES[needle]!);
    const values = doc.cells('requests', REQUEST_ROW_NEEDLES[needle]!).map((c) => c.text);
    const orgs = values.slice(1, 6).reduce((sum, v) => sum + Number(v), 0);
    const sub = String(options.subtotal ? options.subtotal(needle, orgs) : orgs);
    const written = at === 1 ? [values[0]!, sub, ...values.slice(1)] : [...values.slice(0, 6), sub, values[6]!];
    out.push([...r.slice(0, label + 1), ...written]);
  }
  return out;
}

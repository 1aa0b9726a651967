export interface BenchRow {
  readonly name: string;
  readonly unit: string;
  readonly measured: number;
  /** The same work done the plainest way, measured in the same run. */
  readonly baseline: number;
}

const format = (n: number) => Math.round(n).toLocaleString('en');

/** Prints a Markdown table, so a run can be pasted into docs/performance.md as it is. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  const header = ['case', 'Leerkring', 'baseline', 'ratio'];
  const body = rows.map((r) => [r.name, `${format(r.measured)} ${r.unit}`, `${format(r.baseline)} ${r.unit}`, (r.measured / r.baseline).toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
  console.log('');
}

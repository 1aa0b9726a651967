export interface BenchRow {
  readonly name: string;
  readonly unit: string;
  readonly measured: number;
  /** The same work done the plainest way, measured in the same run. */
  readonly baseline: number;
}

/** One benchmark's result: printed on its own by its script, and collected by `npm run bench`. */
export interface BenchSection {
  readonly title: string;
  /** A Markdown table, so a run can be pasted into docs/performance.md as it is. */
  readonly table: string;
  /** Figures that do not fit the table (durations, sizes, goals). */
  readonly notes: readonly string[];
}

export const formatNumber = (n: number) => Math.round(n).toLocaleString('en');

/** A Markdown table with its columns padded for reading in a terminal: the first left, the rest right. */
export function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Rows beside their baseline, with the ratio measured / baseline. */
export function comparisonTable(rows: readonly BenchRow[]): string {
  return markdownTable(
    ['case', 'Leerkring', 'baseline', 'ratio'],
    rows.map((r) => [r.name, `${formatNumber(r.measured)} ${r.unit}`, `${formatNumber(r.baseline)} ${r.unit}`, (r.measured / r.baseline).toFixed(2)]),
  );
}

export function sectionMarkdown(section: BenchSection): string {
  const notes = section.notes.map((note) => `- ${note}`);
  return [`### ${section.title}`, '', section.table, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

export function printSection(section: BenchSection): void {
  console.log(`\n${sectionMarkdown(section)}\n`);
}

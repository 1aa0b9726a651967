import { TOTAL_LABEL, type Cell, type CellKind, type Column, type ReportTable } from '../../tables/report-tables';
import { dutchLongDate, dutchMonth, dutchNumber, dutchPercent } from '../../tables/dutch';

type Doc = PDFKit.PDFDocument;

/** A cell as the PDF prints it: Dutch numbers (`1.234,5`), shares as `81,3%`, dates as `24 november 2026`. */
export function pdfCell(kind: CellKind, value: Cell): string {
  if (value === null) return kind === 'percent' ? '–' : '';
  if (typeof value === 'number') {
    switch (kind) {
      case 'percent':
        return dutchPercent(value);
      case 'hours':
        return dutchNumber(value, 2);
      default:
        return dutchNumber(value, 0);
    }
  }
  if (kind === 'date') return dutchLongDate(value);
  if (kind === 'month') return dutchMonth(value);
  return value;
}

const alignOf = (kind: CellKind): 'left' | 'right' => (kind === 'text' || kind === 'date' || kind === 'month' ? 'left' : 'right');

/** The text cut to fit `width`, with an ellipsis: one line per row keeps long tables readable. */
function fitted(doc: Doc, value: string, width: number): string {
  if (doc.widthOfString(value) <= width) return value;
  let cut = value;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Widths that fit the content: each column as wide as its widest cell and the longest word of its
 * header. When that is too wide for the page, numbers keep their width and the text columns
 * (names, titles) share what is left in proportion, cut with an ellipsis; spare width is shared
 * out in proportion.
 */
function columnWidths(doc: Doc, table: Pick<ReportTable, 'columns' | 'rows'>, width: number, fontSize: number, pad: number): number[] {
  const needed = table.columns.map((column, i) => {
    doc.font('Helvetica-Bold').fontSize(fontSize);
    let widest = Math.max(...column.header.split(/\s+/).map((word) => doc.widthOfString(word)));
    doc.font('Helvetica-Bold');
    for (const row of table.rows) widest = Math.max(widest, doc.widthOfString(pdfCell(column.kind, row[i] ?? null)));
    return widest + 2 * pad + 1;
  });
  const total = needed.reduce((sum, w) => sum + w, 0);
  if (total <= width) return needed.map((w) => w + ((width - total) * w) / total);
  const isText = (i: number) => table.columns[i]?.kind === 'text';
  const fixed = needed.reduce((sum, w, i) => sum + (isText(i) ? 0 : w), 0);
  const flexible = total - fixed;
  if (fixed >= width || flexible === 0) return needed.map((w) => (w * width) / total);
  return needed.map((w, i) => (isText(i) ? (w * (width - fixed)) / flexible : w));
}

export interface PdfTableStyle {
  readonly fontSize?: number;
  /** Called after a page break the table made (the writer adds its page furniture). */
  readonly onNewPage?: () => void;
}

/**
 * Draws a report table across pages: a grey header row repeated on every page, right-aligned
 * numbers, alternate rows shaded and the totals row in bold. Columns share the width in
 * proportion to their spreadsheet width.
 */
export function drawTable(doc: Doc, table: Pick<ReportTable, 'columns' | 'rows'>, style: PdfTableStyle = {}): void {
  const fontSize = style.fontSize ?? 8;
  const pad = 2.5;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const widths = columnWidths(doc, table, width, fontSize, pad);
  const rowHeight = fontSize + 2 * pad + 1;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const headerHeight = (): number => {
    doc.font('Helvetica-Bold').fontSize(fontSize);
    return Math.max(...table.columns.map((column, i) =>
      doc.heightOfString(column.header, { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
  };
  const drawHeader = (y: number): number => {
    const height = headerHeight();
    doc.save().rect(left, y, width, height).fill('#dce6f0').restore();
    doc.fillColor('#1f2d3d').font('Helvetica-Bold').fontSize(fontSize);
    let x = left;
    table.columns.forEach((column: Column, i) => {
      const w = widths[i] ?? 0;
      doc.text(column.header, x + pad, y + pad, { width: w - 2 * pad, align: alignOf(column.kind) });
      x += w;
    });
    return y + height;
  };

  let y = drawHeader(doc.y);
  table.rows.forEach((row, r) => {
    if (y + rowHeight > bottom()) {
      doc.addPage({ size: 'A4', layout: doc.page.layout as 'portrait' | 'landscape', margin: doc.page.margins.top });
      style.onNewPage?.();
      y = drawHeader(doc.page.margins.top);
    }
    if (r % 2 === 1) doc.save().rect(left, y, width, rowHeight).fill('#f3f6f9').restore();
    const total = row[0] === TOTAL_LABEL;
    doc.fillColor('#000000').font(total ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    let x = left;
    table.columns.forEach((column, i) => {
      const w = widths[i] ?? 0;
      const text = fitted(doc, pdfCell(column.kind, row[i] ?? null), w - 2 * pad);
      doc.text(text, x + pad, y + pad, { width: w - 2 * pad, align: alignOf(column.kind), lineBreak: false });
      x += w;
    });
    y += rowHeight;
  });
  if (table.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(fontSize).fillColor('#444444').text('Geen gegevens in deze periode.', left + pad, y + pad);
    y += rowHeight;
  }
  doc.fillColor('#000000');
  doc.x = left;
  doc.y = y + 10;
}

import { dutchNumber } from '../../tables/dutch';

type Doc = PDFKit.PDFDocument;

export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Series {
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
}

export const CHART_COLORS = ['#154273', '#e17000', '#39870c', '#a90061', '#007bc7', '#8fcae7'] as const;

/** A round step for an axis up to `max`: 1, 2, 2,5 or 5 times a power of ten, about four steps. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(step, 1);
}

function title(doc: Doc, box: ChartBox, text: string): number {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#1f2d3d').text(text, box.x, box.y, { width: box.width });
  return box.y + 18;
}

function legend(doc: Doc, series: readonly Series[], x: number, y: number): void {
  let at = x;
  doc.font('Helvetica').fontSize(7.5);
  for (const s of series) {
    doc.save().rect(at, y + 1, 8, 8).fill(s.color).restore();
    doc.fillColor('#000000').text(s.name, at + 11, y + 1, { lineBreak: false });
    at += 11 + doc.widthOfString(s.name) + 14;
  }
}

/** Grouped columns per label (months), a value axis with Dutch numbers, gridlines and a legend. */
export function columnChart(doc: Doc, box: ChartBox, heading: string, labels: readonly string[], series: readonly Series[]): void {
  const top = title(doc, box, heading);
  const axisWidth = 34;
  const plot = { x: box.x + axisWidth, y: top + 4, width: box.width - axisWidth, height: box.height - (top - box.y) - 40 };
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (value / axisMax) * plot.height;

  doc.font('Helvetica').fontSize(7).lineWidth(0.5);
  for (let tick = 0; tick <= axisMax + 1e-9; tick += step) {
    const y = yOf(tick);
    doc.strokeColor('#d0d7de').moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke();
    doc.fillColor('#444444').text(dutchNumber(tick, 1), box.x, y - 3.5, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }
  const slot = plot.width / Math.max(1, labels.length);
  const barWidth = Math.max(1, (slot * 0.75) / Math.max(1, series.length));
  const every = Math.max(1, Math.ceil(labels.length / 14));
  labels.forEach((label, i) => {
    const slotX = plot.x + i * slot + slot * 0.125;
    series.forEach((s, k) => {
      const value = s.values[i] ?? 0;
      if (value > 0) doc.save().rect(slotX + k * barWidth, yOf(value), barWidth, plot.y + plot.height - yOf(value)).fill(s.color).restore();
    });
    if (i % every === 0) {
      const labelWidth = Math.min(60, slot * every);
      doc.fillColor('#444444').fontSize(6.5).text(label, plot.x + i * slot + slot / 2 - labelWidth / 2, plot.y + plot.height + 3, {
        width: labelWidth, align: 'center', lineBreak: false,
      });
    }
  });
  doc.strokeColor('#444444').moveTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
  legend(doc, series, plot.x, plot.y + plot.height + 16);
  doc.fillColor('#000000').strokeColor('#000000');
}

/** Horizontal bars with their value at the end: one bar per item. */
export function barChart(
  doc: Doc, box: ChartBox, heading: string, items: ReadonlyArray<{ label: string; value: number }>, color: string,
): void {
  const top = title(doc, box, heading);
  const labelWidth = 110;
  const rowHeight = Math.min(18, (box.height - (top - box.y)) / Math.max(1, items.length));
  const max = Math.max(1, ...items.map((item) => item.value));
  const barSpace = box.width - labelWidth - 50;
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    const length = (item.value / max) * barSpace;
    doc.font('Helvetica').fontSize(8).fillColor('#000000')
      .text(item.label, box.x, y + rowHeight / 2 - 4, { width: labelWidth - 6, align: 'right', lineBreak: false });
    if (length > 0) doc.save().rect(box.x + labelWidth, y + 2, length, rowHeight - 4).fill(color).restore();
    doc.fillColor('#000000').text(dutchNumber(item.value, 2), box.x + labelWidth + length + 4, y + rowHeight / 2 - 4, { lineBreak: false });
  });
}

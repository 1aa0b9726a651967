import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One row of `data/jeugdregios.csv`: a jeugdregio as CBS names it (see the file's header). */
export interface JeugdregioRow {
  /** CBS code, `JZ36`. */
  readonly code: string;
  /** CBS name of 2019. */
  readonly name: string;
  /** The 2025 CBS name where it changed. */
  readonly name2025?: string;
  /** A name in common use, where there is one. */
  readonly commonName?: string;
  /** Derived, not official: some regions cross provinces (`Gelderland+Overijssel`). */
  readonly province: string;
}

const COLUMNS = ['code', 'name', 'name_2025', 'common_name', 'province_approx'] as const;

/** Parses the CSV (no quoting: no field holds a comma). Throws on a header or row it does not expect. */
export function parseJeugdregios(csv: string): JeugdregioRow[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift()?.split(',').map((cell) => cell.trim());
  if (header?.join(',') !== COLUMNS.join(',')) {
    throw new Error(`jeugdregios.csv: expected the columns ${COLUMNS.join(',')}, found ${header?.join(',') ?? 'nothing'}`);
  }
  return lines.map((line, index) => {
    const cells = line.split(',').map((cell) => cell.trim());
    const [code, name, name2025, commonName, province] = cells;
    if (cells.length !== COLUMNS.length || !code || !/^JZ\d{2}$/.test(code) || !name || !province) {
      throw new Error(`jeugdregios.csv line ${index + 2}: not a region row: ${line}`);
    }
    return {
      code, name, province,
      ...(name2025 ? { name2025 } : {}),
      ...(commonName ? { commonName } : {}),
    };
  });
}

/**
 * Where the copy of the CBS list lives. Beside this file when run from source (tests, the seed
 * CLI); `nest build` copies no CSV into `dist/`, so the compiled API falls back to the source
 * tree of the working directory it is started from (`npm start` runs in the repository root).
 */
export function jeugdregiosCsvPath(): string {
  const candidates = [
    join(__dirname, 'data', 'jeugdregios.csv'),
    resolve(process.cwd(), 'apps/api/src/demo/data/jeugdregios.csv'),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`jeugdregios.csv not found; looked in ${candidates.join(' and ')}`);
  return found;
}

export function loadJeugdregios(): JeugdregioRow[] {
  return parseJeugdregios(readFileSync(jeugdregiosCsvPath(), 'utf8'));
}

/**
 * npm run report -- --format pdf --period 2024-Q2 [--out FILE]
 * npm run report -- --format xlsx --from 2024-03-01 --to 2024-05-31 --regions JZ36,JZ08 [--position P]
 *
 * Writes the programme report (docs/reports.md) from the storage the environment configures
 * (the same variables as the API) and records the export in the audit stream, as a download
 * does. Without --out the file gets its Dutch name in the current folder. The embedded database
 * can be opened by one process at a time: stop `npm start` first.
 */
import { createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { isDomainError } from '@leerkring/domain';
import { exportProgrammeReport, type RawReportRequest, type ReportFormat } from '@leerkring/reports';
import { openStorageFromEnvironment } from './open-storage';
import { readingPersonalDataSealed } from '../../api/src/people-privacy/personal-data-store';

const FORMATS: Readonly<Record<string, ReportFormat>> = { pdf: 'pdf', xlsx: 'xlsx', csv: 'csv', 'csv.zip': 'csv' };
const OPTIONS = ['format', 'period', 'from', 'to', 'regions', 'position', 'out', 'actor'] as const;
type Option = (typeof OPTIONS)[number];

class UsageError extends Error {}

export function parseArguments(argv: readonly string[]): Partial<Record<Option, string>> {
  const options: Partial<Record<Option, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1] as Option | undefined;
    if (!match || !name || !OPTIONS.includes(name)) {
      throw new UsageError(`Onbekende optie ${arg}; mogelijk: ${OPTIONS.map((o) => `--${o}`).join(' ')}`);
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} verwacht een waarde`);
    options[name] = value;
  }
  return options;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArguments(argv);
  const format = FORMATS[options.format ?? ''];
  if (!format) throw new UsageError('--format moet pdf, xlsx of csv zijn');
  const raw: RawReportRequest = {
    period: options.period, from: options.from, to: options.to, regions: options.regions, position: options.position,
  };
  const configured = await openStorageFromEnvironment();
  try {
    const exporter = { actorId: options.actor ?? `cli:${userInfo().username}`, role: 'beheerder' };
    const { report, fileName, stream } = await exportProgrammeReport(readingPersonalDataSealed(configured.store), raw, format, {
      exporter, channel: 'cli', now: new Date(),
    });
    const out = options.out ?? fileName;
    await pipeline(stream, createWriteStream(out));
    console.error(`Programmarapportage ${report.period.label} (${format}) geschreven naar ${out}; positie ${report.position || '(leeg)'}`
      + `${report.asOfDate ? `, stand van ${report.asOfDate}` : ''}. Opnieuw met dezelfde cijfers: --position ${report.position || '""'}`);
    return 0;
  } finally {
    await configured.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      const known = error instanceof UsageError || isDomainError(error);
      console.error(known ? (error as Error).message : error);
      process.exitCode = known ? 2 : 1;
    },
  );
}

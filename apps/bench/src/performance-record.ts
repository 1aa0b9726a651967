import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { sectionMarkdown, type BenchSection } from './print-table';

const RECORD = join(__dirname, '..', '..', '..', 'docs', 'performance.md');
const START_MARKER = '<!-- bench-run:start -->';
const END_MARKER = '<!-- bench-run:end -->';

/** The settings that decide how fast PostgreSQL commits and how much it caches. */
const POSTGRES_SETTINGS = ['fsync', 'synchronous_commit', 'shared_buffers'];

function osRelease(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown (no /etc/os-release)';
  }
}

async function postgresDescription(serverUrl: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows: [version] } = await client.query<{ version: string }>('SELECT version()');
    const { rows: settings } = await client.query<{ name: string; setting: string }>(
      `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`, [POSTGRES_SETTINGS],
    );
    return `${version?.version ?? 'unknown'}; ${settings.map((s) => `${s.name} ${s.setting}`).join(', ')}`;
  } finally {
    await client.end();
  }
}

/** What the figures were measured on, for the record beside them. */
export async function describeMachine(serverUrl: string): Promise<string[]> {
  const processors = cpus();
  return [
    `CPU: ${processors.length} × ${processors[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS: ${osRelease()}`,
    `Node.js: ${process.version}`,
    `PostgreSQL (same machine): ${await postgresDescription(serverUrl)}`,
  ];
}

export interface BenchRun {
  readonly startedAt: Date;
  readonly command: string;
  /** Lines about the run as a whole: scale, events, machine, duration. */
  readonly description: readonly string[];
  readonly sections: readonly BenchSection[];
}

export function runMarkdown(run: BenchRun): string {
  return [
    `## Latest full run: ${run.startedAt.toISOString().slice(0, 10)}`,
    '',
    `\`${run.command}\``,
    '',
    ...run.description.map((line) => `- ${line}`),
    ...run.sections.flatMap((section) => ['', sectionMarkdown(section)]),
  ].join('\n');
}

/** `text` with `markdown` between the run markers; the commentary around them stays as it is. */
export function replaceRunSection(text: string, markdown: string): string {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`no ${START_MARKER} … ${END_MARKER} section`);
  return `${text.slice(0, start + START_MARKER.length)}\n${markdown}\n${text.slice(end)}`;
}

/** Writes the run into docs/performance.md; answers the file's path. */
export function writeRunSection(markdown: string): string {
  writeFileSync(RECORD, replaceRunSection(readFileSync(RECORD, 'utf8'), markdown));
  return RECORD;
}

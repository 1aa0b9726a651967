/** The PostgreSQL server the benchmarks create their throw-away databases on. */
export const benchServerUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A numeric `--name value` command-line option, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Like numberOption, refusing what no benchmark can run with (a typo would otherwise run at NaN). */
export function positiveOption(name: string, fallback: number): number {
  const value = numberOption(name, fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** Runs a benchmark script's main; a failure is printed and fails the process. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

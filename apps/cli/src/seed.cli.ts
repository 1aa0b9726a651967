/**
 * npm run seed [-- --scale 0.25] [-- --concurrency 8]
 *
 * Loads the demo programme through the command bus into the storage the environment configures
 * (the same variables as the API), also a PostgreSQL or EventStoreDB server: the first line
 * names the target. Safe to repeat: commands carry fixed idempotency keys, so a second run
 * appends nothing and an interrupted one is completed. The embedded database can be opened by
 * one process at a time: stop `npm start` first.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { AppModule } from '../../api/src/app.module';
import { APP_CONFIG, type AppConfig } from '../../api/src/config/app-config';
import { describeStorage } from '../../api/src/demo/demo-autoload';
import { DemoSeeder } from '../../api/src/demo/demo-seeder';
import { CONFIGURED_EVENT_STORE } from '../../api/src/event-store/event-store.module';

function numberOption(argv: readonly string[], name: string): number | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] as string;
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value)) throw new Error(`--${name} verwacht een getal`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const scale = numberOption(argv, 'scale');
  const concurrency = numberOption(argv, 'concurrency');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn', 'log'] });
  try {
    const configured = app.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE);
    console.error(`Demo-programma laden in ${describeStorage(configured, app.get<AppConfig>(APP_CONFIG))}.`);
    const report = await app.get(DemoSeeder).seed({
      ...(scale === undefined ? {} : { scale }),
      ...(concurrency === undefined ? {} : { concurrency }),
    });
    console.error(DemoSeeder.summary(report));
    for (const refusal of report.refused) console.error(`  geweigerd: ${refusal.label}: ${refusal.rule}: ${refusal.message}`);
    return report.refused.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error((error as Error).message); process.exitCode = 1; },
);

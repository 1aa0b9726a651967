import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { START, type ConfiguredEventStore } from '@leerkring/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { DemoSeeder, type DemoSeedOptions } from './demo-seeder';

export type DemoAutoloadDecision = { readonly load: true } | { readonly load: false; readonly reason: string };

/** Where commands would go, for people to read: passwords hidden. */
export function describeStorage(configured: ConfiguredEventStore, config: AppConfig): string {
  switch (configured.adapter) {
    case 'embedded':
      return config.LEERKRING_DATA_DIR.includes('://')
        ? `de ingebouwde database in het geheugen (${config.LEERKRING_DATA_DIR})`
        : `de ingebouwde database in ${config.LEERKRING_DATA_DIR}`;
    case 'postgres':
      return `PostgreSQL ${withoutPassword(config.DATABASE_URL ?? '')}`;
    case 'eventstoredb':
      return `EventStoreDB ${withoutPassword(config.EVENTSTORE_CONNECTION_STRING ?? '')}`;
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ongeldige verbindingsreeks)';
  }
}

/**
 * On `npm start` a fresh machine shows a living programme: the demo is loaded in the background,
 * but only into the embedded store, only when it holds no event at all, and only unless
 * `LEERKRING_DEMO_DATA=off`. A configured server database never gets demo data without an
 * explicit `npm run seed`.
 */
@Injectable()
export class DemoAutoload implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Demo');
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore,
    private readonly seeder: DemoSeeder,
  ) {}

  async decide(): Promise<DemoAutoloadDecision> {
    if (this.config.LEERKRING_DEMO_DATA === 'off') return { load: false, reason: 'LEERKRING_DEMO_DATA=off' };
    if (this.configured.adapter !== 'embedded') {
      return { load: false, reason: `de opslag is ${describeStorage(this.configured, this.config)}, niet de ingebouwde database` };
    }
    // Asked last: a server store is never even read for this.
    if ((await this.configured.store.headPosition()) !== START) return { load: false, reason: 'de opslag bevat al gegevens' };
    return { load: true };
  }

  /** Called once the API listens: starts loading in the background when `decide` says so. */
  async startIfFresh(apiUrl: string, options: DemoSeedOptions = {}): Promise<DemoAutoloadDecision> {
    const decision = await this.decide();
    if (!decision.load) {
      this.logger.log(`Geen demo-gegevens geladen: ${decision.reason}.`);
      return decision;
    }
    this.logger.log(
      `De API draait op ${apiUrl}; het demo-programma wordt op de achtergrond geladen in `
      + `${describeStorage(this.configured, this.config)} (uitzetten: LEERKRING_DEMO_DATA=off).`,
    );
    this.running = this.seeder.seed(options).then(
      (report) => {
        if (report.refused.length > 0) this.logger.warn(`${report.refused.length} demo-opdrachten geweigerd; zie de meldingen hierboven.`);
        this.logger.log(DemoSeeder.summary(report));
        if (report.stopped) this.logger.warn('Het demo-programma is niet afgemaakt; `npm run seed` vult het aan.');
      },
      (error: unknown) => {
        this.logger.error(`Laden van het demo-programma is mislukt: ${(error as Error).message}`);
      },
    );
    return decision;
  }

  /** The background load, if one runs (tests wait for it). */
  whenLoaded(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Before the store closes: the commands in flight finish, no new ones are sent. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.seeder.stop();
    await this.running;
  }
}

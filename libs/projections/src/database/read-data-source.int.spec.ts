import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { PgliteSqlClient } from '@leerkring/event-store';
import { createReadDataSource } from './read-data-source';

@Entity({ name: 'probe_notes' })
class Note {
  @PrimaryColumn('text') id!: string;
  @Column('text') body!: string;
  @Column({ type: 'date', nullable: true }) due!: string | null;
}

class CreateNotes1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE probe_notes (id text PRIMARY KEY, body text NOT NULL, due date); CREATE INDEX ON probe_notes (body);');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE probe_notes');
  }
}

describe('TypeORM on the embedded session', () => {
  let client: PgliteSqlClient;
  const source = () => createReadDataSource({ kind: 'pglite', client }, { entities: [Note], migrations: [CreateNotes1700000000000] });

  beforeEach(async () => { client = await PgliteSqlClient.open(); });
  afterEach(async () => { await client.close(); });

  it('runs migrations and reads and writes entities', async () => {
    const ds = await source().initialize();
    expect(await ds.runMigrations()).toHaveLength(1);
    await ds.getRepository(Note).save({ id: 'a', body: 'wachttijden' });
    expect(await ds.getRepository(Note).findOneBy({ id: 'a' })).toEqual({ id: 'a', body: 'wachttijden', due: null });
    expect(await ds.getRepository(Note).update({ id: 'a' }, { body: 'x' })).toMatchObject({ affected: 1 });
    await ds.destroy();
  });

  // The suite runs west of Greenwich (jest.config.js), where a date read as midnight UTC turns into the day before.
  it('reads a date as the calendar date stored', async () => {
    const ds = await source().initialize();
    await ds.runMigrations();
    await ds.getRepository(Note).save({ id: 'd', body: 'bijeenkomst', due: '2024-04-01' });
    expect((await ds.getRepository(Note).findOneByOrFail({ id: 'd' })).due).toBe('2024-04-01');
    await ds.destroy();
  });

  it('keeps transactions atomic even while other work runs on the same session', async () => {
    const ds = await source().initialize();
    await ds.runMigrations();
    const failing = ds.transaction(async (manager) => {
      await manager.insert(Note, { id: 'lost', body: 'rolled back' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('refused');
    });
    // Concurrent work on the same session must wait, not slip into the open transaction.
    const concurrent = Promise.all([
      ds.getRepository(Note).insert({ id: 'kept', body: 'committed' }),
      client.query('SELECT 1'),
    ]);
    await expect(failing).rejects.toThrow('refused');
    await concurrent;
    expect((await ds.getRepository(Note).find()).map((n) => n.id)).toEqual(['kept']);
    await ds.destroy();
  });
});

import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { WEB_BUNDLE_DIR } from './web-app.middleware';
import { WebModule } from './web.module';

/** The web module alone over HTTP, serving a small bundle made for the test. */
async function serve(dir: string): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [WebModule] }).overrideProvider(WEB_BUNDLE_DIR).useValue(dir).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('serving the web app at /', () => {
  let dir: string;
  let app: INestApplication;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leerkring-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Leerkring</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await serve(dir);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and every page address with index.html, never cached', async () => {
    for (const path of ['/', '/mijn-week', '/lessen/5f0c8a4e-0000-4000-8000-000000000000?zoek=wachttijd']) {
      const res = await request(app.getHttpServer()).get(path).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>Leerkring</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache, and a missing asset is a 404, not the page', async () => {
    const asset = await request(app.getHttpServer()).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect((await request(app.getHttpServer()).get('/assets/gone.js').set('accept', 'text/html')).status).toBe(404);
  });

  it('leaves the API paths alone, and answers only GET and HEAD requests that want HTML', async () => {
    for (const path of ['/graphql', '/health', '/health/ready', '/metrics', '/reports/programme.pdf', '/auth/config']) {
      const res = await request(app.getHttpServer()).get(path).set('accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    expect((await request(app.getHttpServer()).post('/mijn-week').set('accept', 'text/html')).status).toBe(404);
    expect((await request(app.getHttpServer()).get('/mijn-week').set('accept', 'application/json')).status).toBe(404);
    expect((await request(app.getHttpServer()).get('/../package.json').set('accept', 'text/html')).text).not.toContain('"name"');
  });

  it('is not there at all without a build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'leerkring-noweb-'));
    const bare = await serve(empty);
    try {
      expect((await request(bare.getHttpServer()).get('/').set('accept', 'text/html')).status).toBe(404);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

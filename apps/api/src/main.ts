import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { DemoAutoload } from './demo/demo-autoload';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 3000));
  const url = await app.getUrl();
  console.log(`Leerkring API at ${url}`);
  await app.get(DemoAutoload).startIfFresh(url);
}
void bootstrap();

import { Module } from '@nestjs/common';
import { CommandSideModule } from '../command-side/command-side.module';
import { DemoAutoload } from './demo-autoload';
import { DemoSeeder } from './demo-seeder';

/**
 * The demo programme: `DemoSeeder` sends it through the command bus (`npm run seed`), and
 * `DemoAutoload` does so in the background on `npm start` when the embedded store is empty.
 */
@Module({
  imports: [CommandSideModule],
  providers: [DemoSeeder, DemoAutoload],
  exports: [DemoSeeder, DemoAutoload],
})
export class DemoModule {}

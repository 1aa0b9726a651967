import { Controller, Get, Module } from '@nestjs/common';
import { domainVersion } from '@leerkring/domain';

@Controller()
class HealthController {
  @Get('health') health() { return { status: 'ok', domainVersion }; }
}
@Module({ controllers: [HealthController] })
export class AppModule {}

import { Injectable } from '@nestjs/common';

/** Whether this process is shutting down: readiness answers 503 from then on. */
@Injectable()
export class ShutdownState {
  private since: Date | undefined;

  begin(): void {
    this.since ??= new Date();
  }

  get shuttingDown(): boolean {
    return this.since !== undefined;
  }
}

import { pipeline } from 'node:stream/promises';
import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { invalidInput } from '@leerkring/domain';
import { CONTENT_TYPES, reportFileName, type RawReportRequest, type ReportFormat } from '@leerkring/reports';
import { Authenticator } from '../security/authenticator';
import { reportPrincipal, requireReportAccess } from './report-access';
import { ReportHttpErrorFilter } from './report-http-errors.filter';
import { ProgrammeReports } from './programme-reports.service';

/** The one query parameter that may repeat: `regions=JZ36&regions=JZ08` as well as `regions=JZ36,JZ08`. */
function rawRequest(query: Record<string, unknown>): RawReportRequest {
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidInput(name, 'parameter-repeated', `${name} mag maar één keer voorkomen`);
    return value;
  };
  const regions = query['regions'];
  const regionList = Array.isArray(regions) && regions.every((r): r is string => typeof r === 'string') ? regions : undefined;
  if (regions !== undefined && typeof regions !== 'string' && !regionList) {
    throw invalidInput('regions', 'region-id-format', 'regions is een lijst van CBS-codes, zoals JZ36,JZ08');
  }
  return {
    period: single('period'), from: single('from'), to: single('to'), position: single('position'),
    regions: regionList ?? (regions as string | undefined),
  };
}

/**
 * `GET /reports/programme.{csv.zip,xlsx,pdf}?period=|from=&to=&regions=&position=` for VNG and
 * beheerders: the programme report as a download, streamed, named like
 * `leerkring-programmarapportage-2024-Q2.pdf`, with the position it was built at in the
 * `X-Leerkring-Position` header (and inside the file). Refusals answer JSON with a Dutch message.
 */
@Controller('reports')
@UseFilters(ReportHttpErrorFilter)
export class ProgrammeReportController {
  constructor(private readonly reports: ProgrammeReports, private readonly authenticator: Authenticator) {}

  @Get('programme.csv.zip')
  csv(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return this.download('csv', req, res, query);
  }

  @Get('programme.xlsx')
  xlsx(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return this.download('xlsx', req, res, query);
  }

  @Get('programme.pdf')
  pdf(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return this.download('pdf', req, res, query);
  }

  private async download(format: ReportFormat, req: Request, res: Response, query: Record<string, unknown>): Promise<void> {
    const principal = requireReportAccess(await reportPrincipal(this.authenticator, req));
    if (req.method === 'HEAD') {
      // Express answers HEAD on GET routes: the headers of the file, but no file and so no export to record.
      const report = await this.reports.preview(rawRequest(query));
      this.headers(res, format, reportFileName(report, format), report.position);
      res.end();
      return;
    }
    const { report, fileName, stream } = await this.reports.export(rawRequest(query), format, principal);
    this.headers(res, format, fileName, report.position);
    await pipeline(stream, res);
  }

  private headers(res: Response, format: ReportFormat, fileName: string, position: string): void {
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('X-Leerkring-Position', position);
    res.setHeader('Cache-Control', 'no-store');
  }
}

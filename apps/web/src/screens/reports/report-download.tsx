import { ApiError, apiFetch } from '../../api/graphql-client';

export type ReportFormat = 'csv.zip' | 'xlsx' | 'pdf';

export interface ReportChoice {
  readonly from: string;
  readonly to: string;
  readonly regions: readonly string[];
  /** The position of the preview shown: the file then holds exactly those figures. */
  readonly position?: string | undefined;
}

export function reportQuery(choice: ReportChoice): string {
  const params = new URLSearchParams({ from: choice.from, to: choice.to });
  if (choice.regions.length) params.set('regions', choice.regions.join(','));
  if (choice.position) params.set('position', choice.position);
  return params.toString();
}

/**
 * Fetches a report file with the bearer token (a plain link cannot send it) and hands it to the
 * browser as a download under the name the API gives it.
 */
export async function downloadReport(format: ReportFormat, choice: ReportChoice, token: string | undefined): Promise<string> {
  const response = await apiFetch(`/reports/programme.${format}?${reportQuery(choice)}`, {}, token);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string; field?: string };
    throw new ApiError([{
      code: body.code ?? 'INTERNAL_SERVER_ERROR', message: body.message ?? response.statusText, ...(body.field ? { field: body.field } : {}),
    }], response.status);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `leerkring-programmarapportage.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

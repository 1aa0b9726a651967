import { Metadata, status, type ServiceError } from '@grpc/grpc-js';

/** A gRPC service error as the EventStoreDB client receives it from the server (for mapping tests). */
export function serviceError(code: status, details: string, entries: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(entries)) metadata.set(key, value);
  return Object.assign(new Error(`${code} ${status[code]}: ${details}`), { code, details, metadata });
}

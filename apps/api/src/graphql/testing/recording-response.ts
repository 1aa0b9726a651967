import type { Response } from 'express';

/** An Express response that records the status and JSON body a middleware answers with. */
export function recordingResponse() {
  const res = { statusCode: 0, body: undefined as unknown };
  const fake = {
    status(code: number) { res.statusCode = code; return fake; },
    json(body: unknown) { res.body = body; return fake; },
  };
  return { res, fake: fake as unknown as Response };
}

/**
 * The stream moved on from the revision a decision was based on: the client pinned another
 * revision, or concurrent writers kept winning until the retries ran out. Nothing was appended;
 * the client reloads and decides again (the edge maps this to CONFLICT).
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly code = 'CONFLICT';

  constructor(
    readonly streamName: string,
    /** The revision the command was decided on (the client's pin when it gave one). */
    readonly expected: number,
    /** The stream's revision the store found (-1 when the stream holds no event). */
    readonly actual: number,
  ) {
    super(`stream ${streamName}: expected revision ${expected}, actual ${actual}`);
  }
}

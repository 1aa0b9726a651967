import { EVENT_ID_NAMESPACE, eventIdFor, uuidV5 } from './deterministic-event-id';

describe('deterministic event ids', () => {
  it('computes the version 5 UUID of RFC 9562 (www.example.com in the DNS namespace)', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('keeps the ids of stored events stable: namespace and name format never change', () => {
    expect(EVENT_ID_NAMESPACE).toBe('3c9b1f0e-6a7d-4e52-9f1b-2d8c5a4e7b60');
    // Computed once with an independent implementation (the `uuid` package's v5).
    expect(eventIdFor('log-2024-W14', 'region-JZ36', 0)).toBe('552f466f-d2a4-5330-bda3-286b58186955');
  });

  it('differs by key, stream and index, and is a version 5, RFC variant UUID', () => {
    const ids = [
      eventIdFor('key-1', 'region-JZ36', 0), eventIdFor('key-2', 'region-JZ36', 0),
      eventIdFor('key-1', 'region-JZ08', 0), eventIdFor('key-1', 'region-JZ36', 1),
    ];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eventIdFor('key-1', 'region-JZ36', 0)).toBe(ids[0]);
  });
});

import { replaceRunSection } from './performance-record';

describe('replaceRunSection', () => {
  const record = '# Performance\n\nintro\n\n<!-- bench-run:start -->\nold run\n<!-- bench-run:end -->\n\n## Earlier\n\ncommentary\n';

  it('replaces only what lies between the markers', () => {
    expect(replaceRunSection(record, '## Latest full run\n\nnew')).toBe(
      '# Performance\n\nintro\n\n<!-- bench-run:start -->\n## Latest full run\n\nnew\n<!-- bench-run:end -->\n\n## Earlier\n\ncommentary\n',
    );
  });

  it('refuses a record without the markers rather than losing its commentary', () => {
    expect(() => replaceRunSection('# Performance\n', 'new')).toThrow(/bench-run:start/);
  });
});

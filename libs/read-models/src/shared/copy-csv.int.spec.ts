import { PgliteSqlClient } from '@leerkring/event-store';
import { csvField } from './copy-csv';
import { describeCopyRows } from './copy-csv.fixtures';

describe('rows written with COPY on the embedded PGlite', () => {
  describeCopyRows(() => PgliteSqlClient.open(), (sql) => sql.close());
});

describe('csvField', () => {
  it('writes NULL unquoted and every text quoted, so an empty text is no NULL', () => {
    expect(csvField(null, false, 'c')).toBe('');
    expect(csvField(undefined, false, 'c')).toBe('');
    expect(csvField('', false, 'c')).toBe('""');
    expect(csvField('say "hi"', false, 'c')).toBe('"say ""hi"""');
    expect(csvField(['a"b', 'c\\d', 'NULL', null], false, 'c')).toBe('"{""a\\""b"",""c\\\\d"",""NULL"",NULL}"');
  });

  it('names the column of a value it cannot write as it stands', () => {
    expect(() => csvField({ a: 1 }, false, 'details')).toThrow("column details: a object value needs the column marked 'json'");
    expect(() => csvField([{ a: 1 }], false, 'tags')).toThrow("column tags: an array of object values needs the column marked 'json'");
    expect(() => csvField(Number.NaN, false, 'hours')).toThrow('column hours: NaN is not a number PostgreSQL stores');
    expect(csvField({ a: [1, 'x"'] }, true, 'details')).toBe('"{""a"":[1,""x\\""""]}"');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Imports point inward only (STYLE.md, house style 5): the domain knows nothing else; the event
 * store knows no domain; libraries never reach into applications. A new import that breaks the
 * direction fails here, naming the file and the import.
 */
const root = join(__dirname, '..');

const rules: Array<{ layer: string; forbidden: RegExp; why: string }> = [
  { layer: 'libs/domain', forbidden: /^(@nestjs|typeorm|pg$|@eventstore|@electric-sql|@apollo|graphql|node:fs|fs$|node:child_process|@leerkring\/(?!domain))/, why: 'the domain is pure: no framework, driver, I/O or other layer' },
  { layer: 'libs/event-store', forbidden: /^(@nestjs|typeorm|graphql|@leerkring\/(?!event-store))/, why: 'the event store knows no domain, framework or read side' },
  { layer: 'libs/projections', forbidden: /^(@nestjs|graphql|@leerkring\/(domain|read-models))/, why: 'the projection engine knows no domain or read model' },
  { layer: 'libs/read-models', forbidden: /^(@nestjs|graphql)/, why: 'read models are plain TypeScript and SQL' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('layering', () => {
  it.each(rules)('$layer: $why', ({ layer, forbidden }) => {
    const breaches = sourceFiles(join(root, layer)).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => forbidden.test(specifier) || /(^|\/)apps\//.test(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`));
    expect(breaches).toEqual([]);
  });
});

/** The package's version, for `jixiao --version`. */
import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'jixiao-zipingzhushou';

/**
 * Read at run time rather than imported: tsconfig.build.json's rootDir is src, so package.json
 * cannot be compiled in. src/cli (ts-jest) and dist/cli (the bin) both sit two levels below it;
 * walking up, and checking the name, also finds it from an installed copy and never takes a
 * stranger's package.json.
 */
export function packageVersion(from: string = __dirname): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no (readable) package.json here: look further up
    }
    if (path.dirname(dir) === dir) return null;
  }
}

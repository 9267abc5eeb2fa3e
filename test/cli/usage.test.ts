import { parseArgs } from '../../src/cli/args';
import { PROFILE_NAMES } from '../../src/core/profile';
import { FIXTURE, run } from './helpers';

describe('parseArgs', () => {
  test('check with options in any order and --opt=value forms', () => {
    expect(parseArgs(['check', 'a.xlsx', '--json', '--profile=sichuan', 'b.xlsx', '--lang', 'en-US'])).toEqual({
      kind: 'check',
      files: ['a.xlsx', 'b.xlsx'],
      json: true,
      profile: 'sichuan',
      lang: 'en-US',
    });
  });

  test('recalc with -o, --output=, -oFILE and --score-by-rule', () => {
    const base = { kind: 'recalc', file: 'a.xlsx', output: 'b.xlsx', json: false, profile: 'standard', lang: 'zh-CN' };
    expect(parseArgs(['recalc', 'a.xlsx', '-o', 'b.xlsx'])).toEqual({ ...base, scoreByRule: false, resultsSheet: false });
    expect(parseArgs(['recalc', '--output=b.xlsx', 'a.xlsx', '--score-by-rule'])).toEqual({ ...base, scoreByRule: true, resultsSheet: false });
    expect(parseArgs(['recalc', 'a.xlsx', '-ob.xlsx'])).toEqual({ ...base, scoreByRule: false, resultsSheet: false });
    expect(parseArgs(['recalc', 'a.xlsx', '-o', 'b.xlsx', '--results-sheet'])).toEqual({ ...base, scoreByRule: false, resultsSheet: true });
  });

  test('everything after -- is a file', () => {
    expect(parseArgs(['check', '--', '--json'])).toMatchObject({ kind: 'check', files: ['--json'], json: false });
  });

  test('usage errors', () => {
    expect(parseArgs([])).toMatchObject({ kind: 'usageError', key: 'noCommand' });
    expect(parseArgs(['check'])).toMatchObject({ kind: 'usageError', key: 'noFiles' });
    expect(parseArgs(['frobnicate', 'x'])).toMatchObject({ kind: 'usageError', key: 'unknownCommand' });
    expect(parseArgs(['check', 'x', '--verbose'])).toMatchObject({ kind: 'usageError', key: 'unknownOption' });
    expect(parseArgs(['check', 'x', '-o', 'y'])).toMatchObject({ kind: 'usageError', key: 'optionNotFor' });
    expect(parseArgs(['check', 'x', '--profile'])).toMatchObject({ kind: 'usageError', key: 'missingValue' });
    expect(parseArgs(['recalc', 'x'])).toMatchObject({ kind: 'usageError', key: 'noOutput' });
    expect(parseArgs(['recalc', 'x', 'y', '-o', 'z'])).toMatchObject({ kind: 'usageError', key: 'recalcOneFile' });
    expect(parseArgs(['check', 'x', '--lang', 'fr'])).toMatchObject({ kind: 'usageError', key: 'badLang' });
  });

  test("parseArgs' errors become the CLI's own, naming the option", () => {
    expect(parseArgs(['check', 'x', '--verbose=1'])).toMatchObject({ key: 'unknownOption', params: { name: '--verbose' } });
    expect(parseArgs(['check', 'x', '-q'])).toMatchObject({ key: 'unknownOption', params: { name: '-q' } });
    expect(parseArgs(['check', 'x', '--json=1'])).toMatchObject({ key: 'noValueExpected', params: { name: '--json' } });
    expect(parseArgs(['check', 'x', '--profile', '--json'])).toMatchObject({ key: 'missingValue', params: { name: '--profile' } });
    expect(parseArgs(['recalc', 'x', '-o'])).toMatchObject({ key: 'missingValue', params: { name: '-o' } });
    expect(parseArgs(['summary', 'x', '-o', 'y.xlsx', '--score-by-rule'])).toMatchObject({ key: 'optionNotFor', params: { name: '--score-by-rule', command: 'summary' } });
    expect(parseArgs(['check', 'x', '--verbose', '--lang', 'en'])).toMatchObject({ key: 'unknownOption', lang: 'en-US' });
  });

  test('a usage error never shows the library\'s message', async () => {
    for (const argv of [['check', FIXTURE, '--fast'], ['check', FIXTURE, '--json=yes'], ['recalc', FIXTURE, '-o']]) {
      const r = await run(...argv, '--lang', 'en-US');
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option '|argument missing|To specify an option argument/);
    }
  });

  test('--help wins, in the language asked for', () => {
    expect(parseArgs(['check', '--help', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en-US' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', lang: 'zh-CN' });
  });
});

describe('main: usage and profiles', () => {
  test('--help prints usage on stdout, exit 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jixiao check FILE|目录...');
    expect(r.stdout).toContain('jixiao recalc FILE -o OUT.xlsx');
    expect(r.stderr).toBe('');
    expect((await run('--help', '--lang', 'en-US')).stdout).toContain('Usage:');
  });

  test('no file arguments: one line on stderr, exit 2, nothing on stdout', async () => {
    const r = await run('check');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('没有指定要检查的文件');
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  // [argv, a word the line must name]: every kind of usage error the parser and main report
  const USAGE_ERRORS: [string[], string][] = [
    [[], 'check'],
    [['frobnicate', 'x.xlsx'], 'frobnicate'],
    [['check', 'x.xlsx', '--foo'], '--foo'],
    [['check', 'x.xlsx', '-q'], '-q'],
    [['check', 'x.xlsx', '--json=1'], '--json'],
    [['check', 'x.xlsx', '--profile'], '--profile'],
    [['check', 'x.xlsx', '-o', 'y.xlsx'], '-o'],
    [['check', 'x.xlsx', '--lang', 'fr'], 'fr'],
    [['check', 'x.xlsx', '--max-part-mb', 'lots'], 'lots'],
    [['check', 'x.xlsx', '--profile', 'hainan'], 'hainan'],
    [['recalc', 'x.xlsx'], '-o'],
    [['recalc', 'x.xlsx', 'y.xlsx', '-o', 'z.xlsx'], 'recalc'],
    [['summary', '-o', 's.xlsx'], ''],
  ];

  test.each(USAGE_ERRORS)('usage error %j: exit 2, one line naming the problem and pointing to --help', async (argv, word) => {
    for (const lang of [[], ['--lang', 'en-US']]) {
      const r = await run(...argv, ...(argv.includes('--lang') ? [] : lang));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^jixiao: [^\n]+\n$/);
      expect(r.stderr).toContain(word);
      expect(r.stderr).toContain('jixiao --help');
    }
  });

  test('--help and help print the whole usage, unchanged by the one-line errors', async () => {
    const help = await run('--help');
    expect((await run('help')).stdout).toBe(help.stdout);
    expect(help.stdout.split('\n').length).toBeGreaterThan(20);
    expect(help.stdout).not.toContain('jixiao --help');
  });

  test('no arguments at all, unknown command, unknown option: exit 2', async () => {
    for (const argv of [[], ['lint', FIXTURE], ['check', FIXTURE, '--fast']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^jixiao: /);
    }
  });

  test('unknown --profile: exit 2 with the list of profiles, files not read', async () => {
    const r = await run('check', FIXTURE, '--profile', 'hainan', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('hainan');
    for (const name of PROFILE_NAMES) expect(r.stderr).toContain(name);
    const en = await run('recalc', FIXTURE, '-o', 'x.xlsx', '--profile', 'hainan', '--lang', 'en-US');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown profile: hainan (available: standard');
  });

  test('a known profile is accepted', async () => {
    const r = await run('check', FIXTURE, '--profile', 'sichuan', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].forms).toHaveLength(7);
  });
});

/** Command-line parsing for `jixiao`; no dependencies, so it is trivial to test. */
import type { Lang, TextKey } from './text';

export interface CommonOptions {
  lang: Lang;
  json: boolean;
  profile: string;
}

export type Parsed =
  | { kind: 'help'; lang: Lang }
  | { kind: 'usageError'; lang: Lang; key: TextKey; params: Record<string, string> }
  | ({ kind: 'check'; files: string[] } & CommonOptions)
  | ({ kind: 'recalc'; file: string; output: string; scoreByRule: boolean; resultsSheet: boolean } & CommonOptions)
  | ({ kind: 'summary'; files: string[]; output: string; progress: boolean } & CommonOptions);

const LANG_ALIASES: Record<string, Lang> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', 'en-us': 'en-US', en: 'en-US' };

/** `--lang` value → Lang, or null. Accepts zh-CN/en-US in any case, and zh/en. */
export function parseLang(value: string): Lang | null {
  return LANG_ALIASES[value.toLowerCase()] ?? null;
}

/** Options that take a value, by every spelling. */
const VALUE_OPTIONS: Record<string, 'profile' | 'lang' | 'output'> = {
  '--profile': 'profile',
  '--lang': 'lang',
  '-o': 'output',
  '--output': 'output',
};
const FLAG_OPTIONS = ['--json', '--score-by-rule', '--results-sheet', '--progress', '--help', '-h'] as const;
/** Options that only some commands take (`output` stands for -o/--output). */
const NOT_FOR: Record<'check' | 'recalc' | 'summary', ReadonlySet<string>> = {
  check: new Set(['output', '--score-by-rule', '--results-sheet', '--progress']),
  recalc: new Set(['--progress']),
  summary: new Set(['--score-by-rule', '--results-sheet']),
};

export function parseArgs(argv: readonly string[]): Parsed {
  // The language is needed to report every other problem, so look for it first.
  let lang: Lang = 'zh-CN';
  let badLang: string | null = null;
  const positional: string[] = [];
  const values: Partial<Record<'profile' | 'lang' | 'output', string>> = {};
  const flags = new Set<string>();
  let error: { key: TextKey; params: Record<string, string> } | null = null;
  const fail = (key: TextKey, params: Record<string, string> = {}) => {
    if (!error) error = { key, params };
  };
  const seen: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg.startsWith('-o') && arg.length > 2 && !arg.startsWith('--') ? '-o' : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : name === '-o' && arg !== '-o' ? arg.slice(2) : undefined;
    const key = VALUE_OPTIONS[name];
    if (key) {
      let value = inline;
      if (value === undefined) {
        if (i + 1 >= argv.length) {
          fail('missingValue', { name });
          continue;
        }
        value = argv[++i];
      }
      values[key] = value;
      seen.push(key);
      if (key === 'lang') {
        const l = parseLang(value);
        if (l) lang = l;
        else badLang = value;
      }
      continue;
    }
    if ((FLAG_OPTIONS as readonly string[]).includes(name) && inline === undefined) {
      flags.add(name === '-h' ? '--help' : name);
      seen.push(name);
      continue;
    }
    fail('unknownOption', { name: arg });
  }

  if (flags.has('--help')) return { kind: 'help', lang };
  if (badLang !== null) return { kind: 'usageError', lang, key: 'badLang', params: { value: badLang } };
  if (error) return { kind: 'usageError', lang, ...(error as { key: TextKey; params: Record<string, string> }) };

  const [command, ...files] = positional;
  const common: CommonOptions = { lang, json: flags.has('--json'), profile: values.profile ?? 'standard' };
  if (command === undefined) return { kind: 'usageError', lang, key: 'noCommand', params: {} };
  if (command === 'help') return { kind: 'help', lang };
  if (command === 'check' || command === 'recalc' || command === 'summary') {
    const wrong = seen.find((o) => NOT_FOR[command].has(o));
    if (wrong) return { kind: 'usageError', lang, key: 'optionNotFor', params: { name: wrong === 'output' ? '-o' : wrong, command } };
  }
  if (command === 'check') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noFiles', params: {} };
    return { kind: 'check', files, ...common };
  }
  const output = values.output === undefined || values.output === '' ? null : values.output;
  if (command === 'recalc') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noFiles', params: {} };
    if (files.length > 1) return { kind: 'usageError', lang, key: 'recalcOneFile', params: {} };
    if (output === null) return { kind: 'usageError', lang, key: 'noOutput', params: { command } };
    return { kind: 'recalc', file: files[0], output, scoreByRule: flags.has('--score-by-rule'), resultsSheet: flags.has('--results-sheet'), ...common };
  }
  if (command === 'summary') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noSummaryFiles', params: {} };
    if (output === null) return { kind: 'usageError', lang, key: 'noOutput', params: { command } };
    return { kind: 'summary', files, output, progress: flags.has('--progress'), ...common };
  }
  return { kind: 'usageError', lang, key: 'unknownCommand', params: { name: command } };
}

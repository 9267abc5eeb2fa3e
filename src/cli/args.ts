/**
 * Command-line parsing for `jixiao`: node:util parseArgs splits the words (`--opt=value`, `-oFILE`,
 * `--`); this module turns its result, and its errors, into the CLI's own usage errors (./text),
 * never the library's wording.
 */
import { parseArgs as nodeParseArgs, ParseArgsConfig } from 'node:util';
import type { Lang, TextKey } from './text';

export interface CommonOptions {
  lang: Lang;
  json: boolean;
  profile: string;
  /** `--max-part-mb N`: the reader's bound on one part's uncompressed size, in MiB. */
  maxPartMb?: number;
}

export type Parsed =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | { kind: 'usageError'; lang: Lang; key: TextKey; params: Record<string, string> }
  | ({ kind: 'check'; files: string[]; issuesSheet?: string } & CommonOptions)
  | ({ kind: 'recalc'; file: string; output: string; scoreByRule: boolean; resultsSheet: boolean } & CommonOptions)
  | ({ kind: 'review'; file: string; output: string } & CommonOptions)
  | ({ kind: 'summary'; files: string[]; output: string; progress: boolean } & CommonOptions);

const LANG_ALIASES: Record<string, Lang> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', 'en-us': 'en-US', en: 'en-US' };

/** `--lang` value → Lang, or null. Accepts zh-CN/en-US in any case, and zh/en. */
export function parseLang(value: string): Lang | null {
  return LANG_ALIASES[value.toLowerCase()] ?? null;
}

const OPTIONS = {
  profile: { type: 'string' },
  'max-part-mb': { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  'score-by-rule': { type: 'boolean' },
  'results-sheet': { type: 'boolean' },
  'issues-sheet': { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies ParseArgsConfig['options'];
type OptionName = keyof typeof OPTIONS;

/** Options that only some commands take. */
const NOT_FOR: Record<'check' | 'recalc' | 'review' | 'summary', ReadonlySet<OptionName>> = {
  check: new Set(['output', 'score-by-rule', 'results-sheet', 'progress']),
  recalc: new Set(['progress', 'issues-sheet']),
  review: new Set(['score-by-rule', 'results-sheet', 'progress', 'issues-sheet']),
  summary: new Set(['score-by-rule', 'results-sheet', 'issues-sheet']),
};

type UsageError = { key: TextKey; params: Record<string, string> };
type Token = NonNullable<ReturnType<typeof nodeParseArgs>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

function isKnown(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/**
 * parseArgs (strict) rejected the words; its error code says what kind of problem, the first token
 * that has it says which option. ERR_PARSE_ARGS_INVALID_OPTION_VALUE covers both a value missing
 * (`--profile` last, or followed by another option) and a value given to a flag (`--json=1`).
 */
function usageErrorOf(err: unknown, tokens: readonly Token[]): UsageError {
  const code = (err as { code?: string }).code;
  const options = tokens.filter((t): t is OptionToken => t.kind === 'option');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const bad = options.find((t) => !isKnown(t.name));
    if (bad) return { key: 'unknownOption', params: { name: bad.rawName } };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const t of options) {
      if (!isKnown(t.name)) continue;
      const needsValue = OPTIONS[t.name].type === 'string';
      if (needsValue && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))) return { key: 'missingValue', params: { name: t.rawName } };
      if (!needsValue && t.value !== undefined) return { key: 'noValueExpected', params: { name: t.rawName } };
    }
  }
  return { key: 'badArguments', params: {} };
}

export function parseArgs(argv: readonly string[]): Parsed {
  // A lenient pass first: the language is needed to report every other problem, and --help (then
  // --version) wins over anything else on the line.
  const loose = nodeParseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const tokens = loose.tokens;
  const langValue = typeof loose.values.lang === 'string' ? loose.values.lang : undefined;
  const lang = (langValue !== undefined ? parseLang(langValue) : null) ?? 'zh-CN';
  if (loose.values.help === true) return { kind: 'help', lang };
  if (loose.values.version === true) return { kind: 'version', lang };
  if (langValue !== undefined && parseLang(langValue) === null) return { kind: 'usageError', lang, key: 'badLang', params: { value: langValue } };

  let parsed: ReturnType<typeof nodeParseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = nodeParseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return { kind: 'usageError', lang, ...usageErrorOf(err, tokens) };
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  const common: CommonOptions = { lang, json: values.json === true, profile: values.profile ?? 'standard' };
  const maxPart = values['max-part-mb'];
  if (maxPart !== undefined) {
    // A positive number of MiB, at most 4096 (V8 cannot hold a larger string anyway).
    const mb = /^\d+(\.\d+)?$/.test(maxPart.trim()) ? Number(maxPart) : NaN;
    if (!(mb > 0 && mb <= 4096)) return { kind: 'usageError', lang, key: 'badMaxPartMb', params: { value: maxPart } };
    common.maxPartMb = mb;
  }
  if (command === undefined) return { kind: 'usageError', lang, key: 'noCommand', params: {} };
  if (command === 'help') return { kind: 'help', lang };
  if (command === 'check' || command === 'recalc' || command === 'review' || command === 'summary') {
    const wrong = tokens.find((t): t is OptionToken => t.kind === 'option' && isKnown(t.name) && NOT_FOR[command].has(t.name));
    if (wrong) return { kind: 'usageError', lang, key: 'optionNotFor', params: { name: wrong.name === 'output' ? '-o' : `--${wrong.name}`, command } };
  }
  if (command === 'check') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noFiles', params: {} };
    if (values['issues-sheet'] === '') return { kind: 'usageError', lang, key: 'missingValue', params: { name: '--issues-sheet' } };
    return { kind: 'check', files, ...(values['issues-sheet'] !== undefined ? { issuesSheet: values['issues-sheet'] } : {}), ...common };
  }
  const output = values.output === undefined || values.output === '' ? null : values.output;
  if (command === 'recalc') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noFiles', params: {} };
    if (files.length > 1) return { kind: 'usageError', lang, key: 'recalcOneFile', params: {} };
    if (output === null) return { kind: 'usageError', lang, key: 'noOutput', params: { command } };
    return { kind: 'recalc', file: files[0], output, scoreByRule: values['score-by-rule'] === true, resultsSheet: values['results-sheet'] === true, ...common };
  }
  if (command === 'review') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noFiles', params: {} };
    if (files.length > 1) return { kind: 'usageError', lang, key: 'reviewOneFile', params: {} };
    if (output === null) return { kind: 'usageError', lang, key: 'noOutput', params: { command } };
    return { kind: 'review', file: files[0], output, ...common };
  }
  if (command === 'summary') {
    if (files.length === 0) return { kind: 'usageError', lang, key: 'noSummaryFiles', params: {} };
    if (output === null) return { kind: 'usageError', lang, key: 'noOutput', params: { command } };
    return { kind: 'summary', files, output, progress: values.progress === true, ...common };
  }
  return { kind: 'usageError', lang, key: 'unknownCommand', params: { name: command } };
}

/**
 * Variant workbooks for end-to-end checks of the engine (and later of the `jixiao` CLI).
 *
 * Every variant starts from the real fixture test/fixtures/anting-2024.xlsx and is either mutated
 * in place (labels, OCR text, formulas, blanks, protection) or re-laid out into a new workbook
 * (offsets, stacking, garbage sheets, a huge sheet) by copying values, styles, merges, column
 * widths and row heights. Each variant comes with a manifest of what a correct engine finds.
 *
 * The expectations are derived independently of the engine: figures come from
 * anting-2024.expected.json, output-cell positions from a plain scan of the fixture sheets, and
 * the findings/plan of an untouched form from comparing its published output cells with the
 * expected figures (see expect.ts).
 *
 * Deterministic: noise comes from a seeded PRNG; nothing depends on the clock.
 *
 * This file is the entry point: the list of variants and writeVariants. Each variant lives in its
 * own module next to it.
 */
import type { Workbook } from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { blankOutputsVariant } from './blankOutputs';
import { loadFixture, scanFixture } from './fixtureScan';
import { formulasVariant } from './formulas';
import { garbageVariant } from './garbage';
import { hugeVariant } from './huge';
import { labelsVariant } from './labels';
import { VariantManifest } from './manifest';
import { ocrTextVariant } from './ocrText';
import { offsetVariant } from './offset';
import { percentRatesVariant } from './percentRates';
import { protectedVariant } from './protected';
import { stackedVariant } from './stacked';
import { VariantDef } from './variant';

export { FUND_KINDS } from './manifest';
export type { ExpectedFinding, ExpectedForm, ExpectedPlanEntry, FundKindName, VariantManifest } from './manifest';
export { FIXTURE_XLSX, loadFixture, scanFixture } from './fixtureScan';
export type { FixtureForm } from './fixtureScan';
export { copySheet } from './copySheet';
export { addr } from './cells';
export { prng } from '../support/random';

const VARIANT_DEFS: VariantDef[] = [
  offsetVariant,
  labelsVariant,
  stackedVariant,
  ocrTextVariant,
  formulasVariant,
  blankOutputsVariant,
  protectedVariant,
  garbageVariant,
  hugeVariant,
  percentRatesVariant,
];

export const VARIANT_NAMES: readonly string[] = VARIANT_DEFS.map((v) => v.name);

export interface WriteVariantsOptions {
  /** Only these variants (by name); default all. */
  only?: readonly string[];
}

/**
 * Writes every variant workbook into `dir` (created if needed) plus `manifest.json`, and returns
 * the manifests. Deterministic: the same cells, merges and styles on every run.
 */
export async function writeVariants(dir: string, options: WriteVariantsOptions = {}): Promise<VariantManifest[]> {
  fs.mkdirSync(dir, { recursive: true });
  const manifests: VariantManifest[] = [];
  for (const def of VARIANT_DEFS) {
    if (options.only && !options.only.includes(def.name)) continue;
    const fixture = await loadFixture();
    const forms = scanFixture(fixture);
    const { wb, expect } = await def.build({ fixture, forms });
    fixDates(wb);
    const m = expect.manifest(def.name, def.description, wb);
    await wb.xlsx.writeFile(path.join(dir, m.file));
    manifests.push(m);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifests, null, 1) + '\n');
  return manifests;
}

/** No clock in the files: fixed document dates. */
function fixDates(wb: Workbook): void {
  const d = new Date(Date.UTC(2025, 0, 1));
  wb.created = d;
  wb.modified = d;
  wb.creator = 'jixiao test/variants';
  wb.lastModifiedBy = 'jixiao test/variants';
}

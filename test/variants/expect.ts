/**
 * Expectations of a variant, derived without the engine: the figures of anting-2024.expected.json,
 * and the findings/plan of an untouched form from comparing its published output cells with them
 * (a published figure off by ≤ 0.01 is ROUNDING_DIFF, more is STALE_VALUE).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { addr, shift } from './cells';
import { FixtureForm, outputCells } from './fixtureScan';
import { ExpectedFinding, ExpectedForm, ExpectedPlanEntry, VariantManifest } from './manifest';

/** Two decimals of a number as Excel shows it (15 significant digits, 四舍五入). */
function fmt2(n: number): string {
  const s = Number(n.toPrecision(15));
  const cents = Math.round(Math.abs(s) * 100 + 1e-9);
  const sign = s < 0 && cents !== 0 ? '-' : '';
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export class Expect {
  forms: ExpectedForm[] = [];
  findings: ExpectedFinding[] = [];
  plan: ExpectedPlanEntry[] = [];
  skippedSheets: string[] = [];

  /**
   * An untouched copy of a fixture form on `sheet`, shifted by dr rows and dc columns: its
   * figures, output cells, and the findings and writes that its published figures cause.
   */
  placeForm(ff: FixtureForm, src: Worksheet, sheet: string, dr = 0, dc = 0): ExpectedForm {
    const s = (a: string) => shift(a, dr, dc);
    const form: ExpectedForm = {
      sheet,
      project: ff.project,
      range: `${addr(1 + dr, 1 + dc)}:${addr(ff.lastRow + dr, ff.lastCol + dc)}`,
      indicatorCount: ff.indicatorCount,
      rates: { ...ff.expected.rates },
      budgetScore: ff.expected.budgetScore,
      totalScore: ff.expected.totalScore,
      grade: ff.expected.grade,
      cells: {
        rate: s(addr(ff.fundRow.total, 7)),
        budgetScore: s(addr(ff.fundRow.total, 8)),
        totalScore: s(addr(ff.totalRow, 7)),
        grade: s(addr(ff.gradeRow, 3)),
      },
    };
    this.forms.push(form);
    for (const out of outputCells(ff)) {
      const published = src.getCell(out.cell).value;
      if (out.kind === 'grade') {
        if (published !== out.expected) {
          if (published !== null && published !== '') this.finding('GRADE_MISMATCH', sheet, s(out.cell));
          this.planned(sheet, s(out.cell), 'text', out.expected);
        }
        continue;
      }
      if (typeof published !== 'number') throw new Error(`fixture ${ff.sheet}!${out.cell}: expected a number`);
      const shown = fmt2(published);
      if (shown === out.expected) continue;
      const diff = Math.abs(Math.round(Number(shown) * 100) - Math.round(Number(out.expected) * 100));
      this.finding(diff <= 1 ? 'ROUNDING_DIFF' : 'STALE_VALUE', sheet, s(out.cell));
      this.planned(sheet, s(out.cell), 'number', out.expected);
    }
    return form;
  }

  form(sheet: string, index = 0): ExpectedForm {
    const f = this.forms.filter((x) => x.sheet === sheet)[index];
    if (!f) throw new Error(`no expected form on ${sheet}`);
    return f;
  }

  finding(code: string, sheet: string, cell: string | null): void {
    this.findings.push({ code, sheet, cell });
  }

  /** Removes the findings at a cell (of one code, or all). */
  noFinding(sheet: string, cell: string | null, code?: string): void {
    this.findings = this.findings.filter((f) => !(f.sheet === sheet && f.cell === cell && (code === undefined || f.code === code)));
  }

  planned(sheet: string, cell: string, type: 'number' | 'text', text: string): void {
    this.notPlanned(sheet, cell);
    this.plan.push({ sheet, cell, type, text });
  }

  notPlanned(sheet: string, cell: string): void {
    this.plan = this.plan.filter((p) => !(p.sheet === sheet && p.cell === cell));
  }

  manifest(name: string, description: string, wb: Workbook): VariantManifest {
    return {
      name,
      file: `${name}.xlsx`,
      description,
      sheets: wb.worksheets.map((w) => w.name),
      formCount: this.forms.length,
      forms: this.forms,
      findings: this.findings,
      plan: this.plan,
      skippedSheets: this.skippedSheets,
    };
  }
}

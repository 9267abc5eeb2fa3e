/** v03: three forms stacked on one sheet, between text-only sheets. */
import ExcelJS from 'exceljs';
import { addr, setValue } from './cells';
import { copySheet } from './copySheet';
import { Expect } from './expect';
import { VariantDef } from './variant';

export const stackedVariant: VariantDef = {
  name: 'v03-stacked',
  description:
    'Three forms (sheets 1, 2 and 4 of the fixture) stacked on one sheet with 3 blank rows between them, between a notes sheet, ' +
    'the summary sheet and a remarks sheet (text only, skipped quietly). 3 forms in order, findings at shifted rows; ' +
    'the summary\'s 4 rows of the forms left out have no form (SUMMARY_ROW_WITHOUT_FORM).',
  async build({ fixture, forms }) {
    const wb = new ExcelJS.Workbook();
    const e = new Expect();
    const notes = wb.addWorksheet('填报说明');
    [
      '填报说明',
      '1. 本表金额单位为万元，执行率=全年执行数÷全年预算数×100%。',
      '2. 一级指标、二级指标按照批复的绩效目标填写，三级指标不得删减。',
      '3. 得分不能大于分值；得分低于分值的，须填写偏差原因分析及改进措施。',
      '4. 总分=预算执行率得分+各项指标得分；评分等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。',
      '5. 本说明自2024年度起执行，由财政局负责解释。',
    ].forEach((t, i) => setValue(notes, addr(i + 1, 1), t));
    notes.getColumn(1).width = 90;
    copySheet(fixture.worksheets[0], wb.addWorksheet(fixture.worksheets[0].name), 0, 0);
    const stacked = wb.addWorksheet('自评表汇编');
    const placed = [forms[0], forms[1], forms[3]];
    // The summary lists all 7 projects (column C from row 4): the rows of the 4 left out name no form.
    const summary = fixture.worksheets[0];
    for (const ff of forms.filter((f) => !placed.includes(f))) {
      let row = 4;
      while (row < 50 && summary.getCell(addr(row, 3)).value !== ff.project) row++;
      e.finding('SUMMARY_ROW_WITHOUT_FORM', summary.name, addr(row, 3));
    }
    let top = 1;
    for (const ff of placed) {
      copySheet(fixture.worksheets[ff.index], stacked, top - 1, 0);
      e.placeForm(ff, fixture.worksheets[ff.index], stacked.name, top - 1, 0);
      top += ff.lastRow + 3;
    }
    const remarks = wb.addWorksheet('备注');
    setValue(remarks, 'A1', '备注');
    setValue(remarks, 'A2', '数据来源：上海市嘉定区安亭镇城市运行管理中心2024年度项目支出绩效自评表（公开版），经OCR识别后人工校对。');
    setValue(remarks, 'A3', '校对人');
    setValue(remarks, 'B3', '王五');
    return { wb, expect: e };
  },
};

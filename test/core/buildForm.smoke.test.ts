import { buildForm, gridOf } from '../support/buildForm';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';

test('a built form is located and evaluated like the fixture', () => {
  const form = buildForm({
    funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
    indicators: [
      ['成本指标', '经济成本指标', '成本节约率', '≥0.00(%)', '0.56(%)', 15, 15],
      ['产出指标', '数量指标', 'a', '=100.00(%)', '100.00(%)', 15, 15],
      ['产出指标', '质量指标', 'b', '=100.00(%)', '100.00(%)', 10, 10],
      ['产出指标', '时效指标', 'c', '及时', '达成指标', 10, 10],
      ['效益指标', '社会效益指标', 'd', '=100.00(%)', '100.00(%)', 10, 10],
      ['效益指标', '社会效益指标', 'e', '=0.00(次)', '0.00(次)', 10, 10],
      ['效益指标', '生态效益指标', 'f', '≥0.00(%)', '100.00(%)', 10, 10],
      ['满意度指标', '服务对象满意度指标', 'g', '≥90.00(%)', '100.00(%)', 10, 10],
    ],
  });
  const ev = evaluateWorkbook([gridOf('S', [{ form }, { form, at: 'C40' }])]);
  expect(ev.forms).toHaveLength(2);
  for (const f of ev.forms) {
    expect(format2OrNull(f.totalScore)).toBe('99.95');
    expect(f.indicators.map((i) => i.row.level2)).toEqual(['经济成本指标', '数量指标', '质量指标', '时效指标', '社会效益指标', '社会效益指标', '生态效益指标', '服务对象满意度指标']);
  }
  expect(ev.forms[1].form.range).toBe('C40:K61');
});

/**
 * Forms marked as the locator is to mark them: 部门整体支出 (kind 'department') and the profile a
 * layout suggests. The locator says 'project' and suggests nothing for now, so the tests of what
 * the hosts show set these themselves: on an evaluation, or on what locateForms returns.
 */
import type { FormKind, SelfEvalForm } from '../../src/core/form';
import type { WorkbookEvaluation } from '../../src/core/evaluation';
import * as locate from '../../src/core/locate/locate';

export interface FormMark {
  kind?: FormKind;
  suggestedProfile?: string | null;
  features?: string[];
}

export function markForm(form: SelfEvalForm, mark: FormMark | undefined): SelfEvalForm {
  if (!mark) return form;
  const layout = { features: mark.features ?? form.layout.features, suggestedProfile: mark.suggestedProfile === undefined ? form.layout.suggestedProfile : mark.suggestedProfile };
  return { ...form, kind: mark.kind ?? form.kind, layout };
}

/** A copy of the evaluation with the forms of the sheets named in `marks` marked. */
export function markForms(ev: WorkbookEvaluation, marks: Record<string, FormMark>): WorkbookEvaluation {
  const mark = <F extends { form: SelfEvalForm }>(fe: F): F => ({ ...fe, form: markForm(fe.form, marks[fe.form.sheet]) });
  return { ...ev, forms: ev.forms.map(mark), sheets: ev.sheets.map((s) => ({ ...s, forms: s.forms.map(mark) })) };
}

/** Until restored (jest's restoreAllMocks), every form located on a sheet named in `marks` is marked. */
export function markLocatedForms(marks: Record<string, FormMark>): jest.SpyInstance {
  const real = locate.locateForms;
  return jest.spyOn(locate, 'locateForms').mockImplementation((grid, hints) => {
    const found = real(grid, hints);
    return { ...found, forms: found.forms.map((f) => markForm(f, marks[f.sheet])) };
  });
}

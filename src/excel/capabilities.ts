/**
 * What this Excel can do, from `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`.
 * Each feature degrades on its own; the task pane shows a message for what is missing
 * (`REQUIREMENTS` names the requirement set to quote).
 *
 *   feature        needs            without it
 *   read/apply     ExcelApi 1.2     nothing works (Excel 2016 without updates has 1.1/1.2)
 *   mergedAreas    ExcelApi 1.13    merged labels are read as written (value in the top-left only)
 *   settings       Office common API `Office.context.document.settings` (every Excel with add-ins)
 *   bindings       ExcelApi 1.4     (add 1.3, getItemOrNullObject 1.4) forms are re-detected on open
 *   markers        ExcelApi 1.8     (data validation 1.8, conditional formats 1.6) no native markers
 *   editEvents     ExcelApi 1.7     (worksheet.onChanged 1.7; worksheets.onChanged 1.9) no inline re-check
 *   sheets         ExcelApi 1.7     (hyperlinks, freeze panes, chart series) 「绩效自评结果」 without links and chart
 *   pageLayout     ExcelApi 1.9     (worksheet.pageLayout) 「问题清单」 prints with Excel's default page setup
 *   triggerSource  ExcelApi 1.14    the add-in's own writes are recognised by the cells it just wrote
 */
import type { HostCapabilities } from '../core/port';
import type { OfficeHost } from './host';

export const REQUIREMENTS = {
  read: 'ExcelApi 1.2',
  mergedAreas: 'ExcelApi 1.13',
  settings: 'Office.context.document.settings',
  bindings: 'ExcelApi 1.4',
  markers: 'ExcelApi 1.8',
  editEvents: 'ExcelApi 1.7',
  sheets: 'ExcelApi 1.7',
  pageLayout: 'ExcelApi 1.9',
  workbookEditEvents: 'ExcelApi 1.9',
  triggerSource: 'ExcelApi 1.14',
} as const;

/** HostCapabilities plus the finer points the adapter itself uses. */
export interface OfficeCapabilities extends HostCapabilities {
  /** Used ranges, protection: the adapter can read and write at all. */
  read: boolean;
  /** `worksheet.pageLayout`: a written sheet's print setup (paper, orientation, fit, print titles). */
  pageLayout: boolean;
  /** `workbook.worksheets.onChanged` (one subscription for every sheet, also sheets added later). */
  workbookEditEvents: boolean;
  /** `WorksheetChangedEventArgs.triggerSource`: the add-in's own writes are flagged by Excel. */
  triggerSource: boolean;
}

export function detectCapabilities(host: OfficeHost): OfficeCapabilities {
  const excel = (v: string) => host.isSetSupported('ExcelApi', v);
  return {
    read: excel('1.2'),
    mergedAreas: excel('1.13'),
    settings: host.documentSettings() !== undefined,
    bindings: excel('1.4'),
    markers: excel('1.8'),
    editEvents: excel('1.7'),
    sheets: excel('1.7'),
    pageLayout: excel('1.9'),
    workbookEditEvents: excel('1.9'),
    triggerSource: excel('1.14'),
  };
}

/**
 * What WPS 表格 can do for the pane. Everything the port offers is built on the COM object model
 * every ET with JSAPI add-ins has; the one thing learned at run time is whether `Range.Value(11)`
 * gives XML Spreadsheet text (merged areas): without it merged labels are read as written.
 * Settings, bindings, markers and owned sheets are ./settings.ts, ./bindings.ts, ./markers.ts,
 * ./writeSheet.ts (on the add-in's very hidden sheet and workbook names).
 */
import type { HostCapabilities } from '../core/port';
import type { WpsState } from './state';

export function wpsCapabilities(state: WpsState): HostCapabilities {
  return { host: 'wps', mergedAreas: state.xmlWorks, settings: true, bindings: true, markers: true, editEvents: true, sheets: true };
}

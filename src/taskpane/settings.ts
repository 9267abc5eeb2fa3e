/** The pane's settings live in the core (shared with the ribbon commands): see core/workbookSettings.ts. */
export * from '../core/workbookSettings';

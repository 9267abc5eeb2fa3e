/*
 * Bundle-size baseline for `npm run bench` (scripts/bench-bundle.js): a page with React 18 and the
 * Fluent UI v9 components a task pane of this kind needs — FluentProvider, Button, MessageBar,
 * DataGrid, ProgressBar, Spinner — built with the add-in's own webpack settings. The task pane's
 * initial JS is compared with this page's (target ≤ 1.5×).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  webLightTheme,
  type TableColumnDefinition,
} from '@fluentui/react-components';

interface Row {
  cell: string;
  message: string;
}

const rows: Row[] = [
  { cell: 'F8', message: '执行率与全年执行数/全年预算数不一致' },
  { cell: 'H21', message: '得分超过分值' },
];

const columns: TableColumnDefinition<Row>[] = [
  createTableColumn<Row>({ columnId: 'cell', renderHeaderCell: () => '单元格', renderCell: (r) => r.cell }),
  createTableColumn<Row>({ columnId: 'message', renderHeaderCell: () => '问题', renderCell: (r) => r.message }),
];

function Page() {
  const [busy, setBusy] = useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>绩效自评助手</MessageBarTitle>2 个问题
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={() => setBusy(!busy)}>
        一键重算
      </Button>
      {busy ? <Spinner label="正在重算…" /> : <ProgressBar value={0.5} />}
      <DataGrid items={rows} columns={columns} getRowId={(r: Row) => r.cell}>
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Row>>
          {({ item, rowId }) => (
            <DataGridRow<Row> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </FluentProvider>
  );
}

const container = document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(<Page />);

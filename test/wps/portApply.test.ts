/** apply() and onEdit() of the WPS port over the fake ET. */
import { HostError } from '../../src/core/hostError';
import type { EtApplication } from '../../src/wps/et';
import { OwnWrites } from '../../src/wps/events';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { createFakeEt } from './fakeEt';
import { entry, formsWorkbook, open, plan } from './portHelpers';

describe('apply', () => {
  it('text stays text, numbers as numbers; a protected sheet is refused whole', async () => {
    const grids = formsWorkbook(2);
    grids[1].protected = true;
    const { port, book } = open(grids);
    await port.read();
    const r = await port.apply(plan(entry('表1', 'J1', null, '=1+1', 'text'), entry('表1', 'J2', null, '12.5'), entry('表1', 'J3', null, '007', 'text'), entry('表2', 'J1', null, '1')));
    expect(r.written.map((e) => e.cell)).toEqual(['J1', 'J2', 'J3']);
    expect(r.skipped).toEqual([{ entry: expect.objectContaining({ sheet: '表2' }), reason: 'protected' }]);
    expect(book.cell('表1', 'J1')).toMatchObject({ value: '=1+1', formula: null });
    expect(book.cell('表1', 'J2')).toMatchObject({ value: 12.5 });
    expect(book.cell('表1', 'J3')).toMatchObject({ value: '007' });
    expect(book.cell('表2', 'J1').value).toBeNull();
  });

  it('never over a formula; a user edit since the read → changedMeanwhile until read again', async () => {
    const { port, book } = open([{ sheet: 'S', origin: 'A1', values: [[1, 2]], formulas: [[null, '=A1*2']], merges: [] }], { events: 'sync' });
    const edits: string[] = [];
    const off = await port.onEdit((e) => edits.push(`${e.sheet}!${e.address}`));
    await port.read();
    expect((await port.apply(plan(entry('S', 'B1', 2, '3')))).skipped[0].reason).toBe('formula');
    expect((await port.apply(plan(entry('S', 'A1', 1, '5')))).written).toHaveLength(1);
    expect(edits).toEqual([]); // the add-in's own write, reported during the write
    book.userEdit('S', 'A1', 7);
    expect(edits).toEqual(['S!A1']);
    expect((await port.apply(plan(entry('S', 'A1', 5, '6')))).skipped[0].reason).toBe('changedMeanwhile');
    await port.readRange('S', 'A1');
    expect((await port.apply(plan(entry('S', 'A1', 7, '6')))).written).toHaveLength(1);
    off();
    book.userEdit('S', 'A1', 8);
    expect(edits).toEqual(['S!A1']);
  });

  it('a sheet deleted since its read → sheetMissing, the others written', async () => {
    const { port, book } = open(formsWorkbook(2));
    await port.read();
    book.deleteSheet('表2');
    const r = await port.apply(plan(entry('表1', 'J1', null, '1'), entry('表2', 'J1', null, '1')));
    expect(r.written.map((e) => e.sheet)).toEqual(['表1']);
    expect(r.skipped.map((s) => s.reason)).toEqual(['sheetMissing']);
  });

  it('a sheet never read is read first', async () => {
    const { port } = open(formsWorkbook(1));
    expect((await port.apply(plan(entry('表1', 'J1', null, '1')))).written).toHaveLength(1);
  });

  it('a throw mid-write → HostError protected with the entries attempted', async () => {
    const { port, book } = open([{ sheet: 'S', origin: 'A1', values: [[1, null, 3]], merges: [] }]);
    await port.read();
    book.protect('S'); // protected after the read
    const err = await port.apply(plan(entry('S', 'A1', 1, '2'), entry('S', 'C1', 3, '4'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('protected');
    expect((err as HostError).attempted?.map((e) => e.cell)).toEqual(['A1']);
    expect((err as HostError).message).not.toMatch(/fake ET/);
  });

  it('an unknown ET failure → unknown, its text kept in cause only', async () => {
    const { port, book } = open([{ sheet: 'S', origin: 'A1', values: [[1]], merges: [] }]);
    await port.read();
    book.failNext('Range.Value2.set', new Error('灾难性故障'));
    const err = (await port.apply(plan(entry('S', 'A1', 1, '2'))).catch((e: unknown) => e)) as HostError;
    expect(err.code).toBe('unknown');
    expect(err.message).not.toContain('灾难性故障');
    expect(((err as { cause?: Error }).cause as Error).message).toBe('灾难性故障');
    expect(err.attempted).toHaveLength(1);
  });
});

describe('onEdit', () => {
  it('own writes reported later are dropped; forgotten after the ttl; one listener shared', async () => {
    let now = 0;
    const { port, book, calls } = open([{ sheet: 'S', origin: 'A1', values: [[1, 2, 3]], merges: [] }], {}, new OwnWrites(5000, () => now));
    const edits: string[] = [];
    const off1 = await port.onEdit((e) => edits.push(e.address));
    const off2 = await port.onEdit(() => undefined);
    expect(calls.by['ApiEvent.AddApiEventListener']).toBe(1);
    await port.read();
    await port.apply(plan(entry('S', 'A1', 1, '5'), entry('S', 'B1', 2, '6')));
    await book.flush();
    expect(edits).toEqual([]);
    book.userEdit('S', 'C1', 9);
    await book.flush();
    expect(edits).toEqual(['C1']);
    await port.readRange('S', 'A1:C1');
    await port.apply(plan(entry('S', 'A1', 5, '1')));
    now = 6000; // its event comes after the ttl: taken for the user's
    await book.flush();
    expect(edits).toEqual(['C1', 'A1']);
    off1();
    expect(calls.by['ApiEvent.RemoveApiEventListener']).toBeUndefined();
    off2();
    expect(calls.by['ApiEvent.RemoveApiEventListener']).toBe(1);
  });
});

describe('apply in another workbook than the one read', () => {
  it('the snapshots are forgotten and the sheets read again before deciding', async () => {
    const a = createFakeEt([{ sheet: 'S', origin: 'A1', values: [[1]], merges: [] }], { name: 'a.xlsx' });
    const b = createFakeEt([{ sheet: 'S', origin: 'A1', values: [[9]], merges: [] }], { name: 'b.xlsx' });
    let active = a;
    const app = { get ActiveWorkbook() { return active.app.ActiveWorkbook; } } as EtApplication;
    const port = createWpsWorkbook({ app });
    await port.read();
    active = b; // the user switched windows
    const r = await port.apply(plan(entry('S', 'A1', 1, '2')));
    expect(r.skipped.map((s) => s.reason)).toEqual(['changedMeanwhile']);
    expect(b.book.cell('S', 'A1').value).toBe(9);
    active = a;
    expect((await port.apply(plan(entry('S', 'A1', 1, '2')))).written).toHaveLength(1);
  });
});

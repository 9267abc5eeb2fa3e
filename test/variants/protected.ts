/** v07: protected sheets, with and without changes to write. */
import type { Worksheet } from 'exceljs';
import * as crypto from 'crypto';
import { blankOutputs } from './blankOutputs';
import { inPlace, VariantDef } from './variant';

export const protectedVariant: VariantDef = {
  name: 'v07-protected',
  description:
    '安亭城运日常运行费用 with blank output cells and ws.protect() → no plan entries for it, skippedSheets names it, SHEET_PROTECTED; ' +
    '誉本 protected but with nothing to write → not skipped, no finding; other sheets as the fixture.',
  async build(ctx) {
    const e = inPlace(ctx);
    const f1 = ctx.forms[0];
    const w1 = ctx.fixture.worksheets[f1.index];
    blankOutputs(w1, f1, e);
    e.plan = e.plan.filter((p) => p.sheet !== f1.sheet);
    e.skippedSheets.push(f1.sheet);
    e.finding('SHEET_PROTECTED', f1.sheet, null);
    protectWithPassword(w1, 'jixiao');
    await ctx.fixture.worksheets[ctx.forms[2].index].protect('', {});
    return { wb: ctx.fixture, expect: e };
  },
};

/**
 * ws.protect(password) with a fixed salt instead of a random one (ExcelJS draws the salt from
 * crypto.randomBytes), so that the file does not change between runs. Same SHA-512 spin hash.
 */
function protectWithPassword(ws: Worksheet, password: string, spinCount = 1000): void {
  const saltValue = Buffer.from('jixiao-variants!').toString('base64');
  const sha512 = (...parts: Buffer[]) => {
    const h = crypto.createHash('sha512');
    for (const p of parts) h.update(p);
    return h.digest();
  };
  let key = sha512(Buffer.from(saltValue, 'base64'), Buffer.from(password, 'utf16le'));
  for (let i = 0; i < spinCount; i++) {
    const it = Buffer.alloc(4);
    it.writeUInt32LE(i, 0);
    key = sha512(key, it);
  }
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, algorithmName: 'SHA-512', saltValue, spinCount, hashValue: key.toString('base64') };
}

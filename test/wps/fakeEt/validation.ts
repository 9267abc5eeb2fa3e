/** Range.Validation and Range.FormatConditions, kept in the persisted state (not the store). */
import type { RangeRef } from '../../../src/core';
import type { EtFormatCondition, EtFormatConditions, EtValidation } from '../../../src/wps/et';
import type { ConditionEntry, Session, ValidationEntry } from './state';
import { intersects } from './store';

const covers = (a: RangeRef, b: RangeRef) => a.top <= b.top && a.left <= b.left && a.bottom >= b.bottom && a.right >= b.right;

/** a minus b as up to four rectangles. */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!intersects(a, b)) return [a];
  const out: RangeRef[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

export class FakeValidation implements EtValidation {
  constructor(private readonly session: Session, private readonly sheetId: number, private readonly r: RangeRef) {}

  /** The one validation of every cell of the range; throws when there is none (or a mix), as COM does. */
  private entry(): ValidationEntry {
    this.session.sheetInfo(this.sheetId);
    const hits = this.session.data.validations.filter((v) => v.sheetId === this.sheetId && intersects(v.range, this.r));
    if (hits.length !== 1 || !covers(hits[0].range, this.r)) throw new Error('fake ET: the range has no (single) validation');
    return hits[0];
  }

  get Type(): number {
    return this.entry().type;
  }

  get Formula1(): string {
    return this.entry().formula1;
  }

  get Formula2(): string {
    return this.entry().formula2;
  }

  get ErrorTitle(): string {
    return this.entry().errorTitle;
  }

  set ErrorTitle(s: string) {
    this.session.guardWrite(this.sheetId);
    this.entry().errorTitle = String(s);
  }

  get ErrorMessage(): string {
    return this.entry().errorMessage;
  }

  set ErrorMessage(s: string) {
    this.session.guardWrite(this.sheetId);
    this.entry().errorMessage = String(s);
  }

  /** Throws when a cell of the range already has validation: COM wants Delete first. */
  Add(Type: number, AlertStyle = 1, Operator = 1, Formula1 = '', Formula2 = ''): void {
    this.session.guardWrite(this.sheetId);
    const list = this.session.data.validations;
    if (list.some((v) => v.sheetId === this.sheetId && intersects(v.range, this.r))) {
      throw new Error('fake ET: Validation.Add on a range that already has validation');
    }
    list.push({
      sheetId: this.sheetId, range: { ...this.r }, type: Type, alertStyle: AlertStyle, operator: Operator,
      formula1: String(Formula1), formula2: String(Formula2), errorTitle: '', errorMessage: '',
    });
  }

  Delete(): void {
    this.session.guardWrite(this.sheetId);
    const d = this.session.data;
    d.validations = d.validations.flatMap((v) =>
      v.sheetId === this.sheetId ? subtract(v.range, this.r).map((range) => ({ ...v, range })) : [v],
    );
  }
}

export class FakeFormatConditions implements EtFormatConditions {
  constructor(private readonly session: Session, private readonly sheetId: number, private readonly r: RangeRef) {}

  private list(): ConditionEntry[] {
    this.session.sheetInfo(this.sheetId);
    return this.session.data.conditions.filter((c) => c.sheetId === this.sheetId && intersects(c.range, this.r));
  }

  get Count(): number {
    return this.list().length;
  }

  Item(index: number): EtFormatCondition {
    const entry = this.list()[index - 1];
    if (!entry || !Number.isInteger(index)) throw new Error(`fake ET: FormatConditions.Item(${index}) does not exist`);
    return this.session.om('FormatCondition', new FakeFormatCondition(this.session, entry));
  }

  Add(Type: number, Operator = 0, Formula1 = '', Formula2 = ''): EtFormatCondition {
    this.session.guardWrite(this.sheetId);
    const entry: ConditionEntry = {
      sheetId: this.sheetId, range: { ...this.r }, type: Type, operator: Operator,
      formula1: String(Formula1), formula2: String(Formula2), interiorColor: 16777215, fontColor: 0,
    };
    this.session.data.conditions.push(entry);
    return this.session.om('FormatCondition', new FakeFormatCondition(this.session, entry));
  }

  /** Deletes every condition that applies to the range. */
  Delete(): void {
    this.session.guardWrite(this.sheetId);
    const gone = new Set(this.list());
    this.session.data.conditions = this.session.data.conditions.filter((c) => !gone.has(c));
  }
}

class FakeFormatCondition implements EtFormatCondition {
  constructor(private readonly session: Session, private readonly entry: ConditionEntry) {}

  private live(): ConditionEntry {
    if (!this.session.data.conditions.includes(this.entry)) throw new Error('fake ET: this format condition was deleted');
    return this.entry;
  }

  get Type(): number {
    return this.live().type;
  }

  get Operator(): number {
    return this.live().operator;
  }

  get Formula1(): string {
    return this.live().formula1;
  }

  get Formula2(): string {
    return this.live().formula2;
  }

  get Interior(): { Color: number } {
    return this.session.om('Interior', colorOf(this.session, this.live(), 'interiorColor'));
  }

  get Font(): { Color: number } {
    return this.session.om('Font', colorOf(this.session, this.live(), 'fontColor'));
  }

  Delete(): void {
    const e = this.live();
    this.session.guardWrite(e.sheetId);
    this.session.data.conditions = this.session.data.conditions.filter((c) => c !== e);
  }
}

function colorOf(session: Session, entry: ConditionEntry, key: 'interiorColor' | 'fontColor'): { Color: number } {
  return {
    get Color() {
      return entry[key];
    },
    set Color(c: number) {
      session.guardWrite(entry.sheetId);
      entry[key] = Number(c);
    },
  };
}

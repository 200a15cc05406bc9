import { describe, expect, it } from 'vitest';
import { barList } from './bar-list';
import type { BarsModel, DeltasModel, PairsModel } from './models';

const mark = (id: string, value: number, highlight = false) => ({
  id,
  label: id,
  value,
  valueText: String(value),
  detail: '',
  highlight,
});

const delta = (id: string, highlight = false) => ({ ...mark(id, 0, highlight), fromText: '', toText: '' });

describe('barList', () => {
  it('bars: one row per bar, the ratio reference as a line at 1', () => {
    const model: BarsModel = {
      kind: 'bars',
      title: '',
      note: '',
      marks: [{ ...mark('textile', 2, true), rankText: '' }],
      domain: [0, 2],
      reference: { ...mark('reference', 1), label: 'Italian average', valueText: '1×' },
    };
    const list = barList(model);
    expect(list.rows.map((r) => [r.id, r.value, r.heading, r.mark?.id])).toEqual([
      ['textile', 2, false, 'textile'],
    ]);
    expect(list.reference).toMatchObject({ id: 'reference', value: 1, label: 'Italian average' });
  });

  it('deltas: the change is the bar, the benchmark is the line', () => {
    const model: DeltasModel = {
      kind: 'deltas',
      title: '',
      note: '',
      fromYear: 1991,
      toYear: 2013,
      marks: [{ ...delta('bergamo', true), change: 350 }],
      reference: { ...delta('italy'), change: 258 },
      listed: [],
      domain: [0, 350],
    };
    const list = barList(model);
    expect(list.rows.map((r) => [r.id, r.value])).toEqual([['bergamo', 350]]);
    expect(list.reference?.value).toBe(258);
  });

  it('pairs: a heading per question, then one bar per series', () => {
    const model: PairsModel = {
      kind: 'pairs',
      title: '',
      note: '',
      series: ['Green', 'Other'],
      rows: [
        {
          id: 'exporters',
          label: 'Export regularly',
          marks: [
            { ...mark('exporters-green', 44, true), series: 0 },
            { ...mark('exporters-other', 24), series: 1 },
          ],
        },
      ],
      domain: [0, 44],
    };
    const list = barList(model);
    expect(list.rows.map((r) => [r.id, r.heading, r.highlight])).toEqual([
      ['exporters-heading', true, false],
      ['exporters-green', false, true],
      ['exporters-other', false, false],
    ]);
    expect(list.rows[0]!.mark).toBeUndefined();
    expect(list.reference).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { mergeMetrics } from '../merge';
import { RecordSink } from './sink';

describe('RecordSink sessions', () => {
  it('stores the source in lower case, so "Instagram" and "instagram" are one record in the file, the CLI merge and the store', () => {
    const sink = new RecordSink();
    sink.session({ date: '2027-01-05', source: 'Instagram', sessions: 10, conversions: 1 });
    sink.session({ date: '2027-01-05', source: 'instagram', sessions: 5 });
    const data = sink.data();
    expect(data.sessions).toEqual([{ date: '2027-01-05', source: 'instagram', sessions: 15, conversions: 1, sessionsWith: { conversions: 10 } }]);
    const other = new RecordSink();
    other.session({ date: '2027-01-05', source: 'INSTAGRAM', sessions: 15, conversions: 1 });
    expect(mergeMetrics([data, other.data()]).sessions).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { faultParam, sharedQuery } from './shared-params';

describe('sharedQuery', () => {
  it('keeps filters, theme and faults, and drops page state', () => {
    expect(sharedQuery('?zone=a,b&slide=3&theme=dark&table=fdi&fault=all:slow')).toBe(
      '?zone=a,b&theme=dark&fault=all%3Aslow',
    );
  });

  it('gives nothing when nothing is shared', () => {
    expect(sharedQuery('?slide=2')).toBe('');
  });
});

describe('faultParam', () => {
  it('reads the fault switch, empty when absent', () => {
    expect(faultParam('?fault=observations:error-503')).toBe('observations:error-503');
    expect(faultParam('?zone=a')).toBe('');
  });
});

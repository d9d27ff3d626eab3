import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('fills strings and numbers, and keeps an unknown placeholder visible', () => {
    expect(fill('Day {n} of {total}: {what}', { n: 3, what: 'X-ray' })).toBe(
      'Day 3 of {total}: X-ray',
    );
    expect(fill('{n} {n}', { n: 0 })).toBe('0 0');
  });

  it('returns the template unchanged without params', () => {
    expect(fill('Day {n}')).toBe('Day {n}');
  });

  it('never fills a placeholder from Object.prototype', () => {
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});

import { describe, expect, it } from 'vitest';
import { positionsIn } from '../../src/lib/positions.ts';

describe('positionsIn: line and column of an offset', () => {
  it.each([
    // text, offset, loneCr, line, column
    ['a\nbc\nd', 0, false, 1, 1],
    ['a\nbc\nd', 3, false, 2, 2],
    ['a\nbc\nd', 5, false, 3, 1],
    ['a\r\nbc', 3, false, 2, 1],
    ['a\r\nbc', 3, true, 2, 1],
    // A lone \r ends a line only as Markdown and YAML count lines (a feedback file).
    ['a\rbc', 2, false, 1, 3],
    ['a\rbc', 2, true, 2, 1],
    ['a\r\rb', 3, true, 3, 1],
  ] as const)('%j at %i (loneCr %s) is line %i, column %i', (text, offset, loneCr, line, column) => {
    expect(positionsIn(text, { loneCr })(offset)).toEqual({ line, column });
  });
});

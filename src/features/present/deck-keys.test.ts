// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commandForKey, digitJump, moveTo, type KeyLike } from './deck-keys';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...extra,
});

describe('commandForKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['P', 'pause'],
    ['n', 'notes'],
    ['Escape', 'leave'],
  ])('maps %j to %s', (k, type) => {
    expect(commandForKey(key(k))?.type).toBe(type);
  });

  it.each([
    ['ArrowLeft', 'next'],
    ['ArrowRight', 'prev'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowDown', 'next'],
    ['PageUp', 'prev'],
  ])('in right-to-left reading order maps %j to %s', (k, type) => {
    expect(commandForKey(key(k), 'rtl')?.type).toBe(type);
  });

  it('maps number keys to jumps', () => {
    expect(commandForKey(key('7'))).toEqual({ type: 'digit', digit: 7 });
  });

  it('takes Ctrl+P and Cmd+P for the deck’s own printing', () => {
    expect(commandForKey(key('p', { ctrlKey: true }))).toEqual({ type: 'print' });
    expect(commandForKey(key('P', { metaKey: true }))).toEqual({ type: 'print' });
    expect(commandForKey(key('p', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves other browser shortcuts and typing alone', () => {
    expect(commandForKey(key('c', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('+', { metaKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { target: document.createElement('textarea') }))).toBeNull();
    expect(commandForKey(key('x'))).toBeNull();
  });

  it('lets Space press a focused button instead of turning the slide', () => {
    const button = document.createElement('button');
    expect(commandForKey(key(' ', { target: button }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { target: button }))?.type).toBe('next');
  });
});

describe('moveTo', () => {
  it('stops at both ends', () => {
    expect(moveTo(1, 5, 'prev')).toBe(1);
    expect(moveTo(5, 5, 'next')).toBe(5);
    expect(moveTo(2, 5, 'last')).toBe(5);
    expect(moveTo(4, 5, 'first')).toBe(1);
  });
});

describe('digitJump', () => {
  it('jumps on the first digit and refines with a second when that slide exists', () => {
    const first = digitJump('', 1, 12);
    expect(first).toEqual({ slide: 1, buffer: '1' });
    expect(digitJump(first.buffer, 2, 12)).toEqual({ slide: 12, buffer: '12' });
  });

  it('starts again when the two digits name no slide', () => {
    expect(digitJump('1', 5, 12)).toEqual({ slide: 5, buffer: '5' });
    expect(digitJump('', 0, 12)).toEqual({ slide: null, buffer: '' });
    expect(digitJump('', 9, 4)).toEqual({ slide: null, buffer: '' });
  });
});

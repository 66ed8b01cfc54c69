import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aside, DATE_LOCALE, joinList } from '../../src/util/i18n.js';

test('lists are joined with the separator each language writes', () => {
  assert.equal(joinList(['Tracing', 'Alarms'], 'en'), 'Tracing, Alarms');
  assert.equal(joinList(['トレース', 'アラーム'], 'ja'), 'トレース、アラーム');
  assert.equal(joinList([], 'ja'), '');
});

test('an aside is bracketed as each language brackets it', () => {
  assert.equal(`High${aside('no alarms', 'en')}`, 'High (no alarms)');
  assert.equal(`高${aside('アラームなし', 'ja')}`, '高（アラームなし）');
});

test('dates are written in each language\'s own locale', () => {
  const day = new Date(Date.UTC(2026, 11, 6));
  const format = (lang: 'en' | 'ja') => new Intl.DateTimeFormat(DATE_LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  assert.equal(format('en'), '6 Dec 2026');
  assert.equal(format('ja'), '2026/12/06');
});

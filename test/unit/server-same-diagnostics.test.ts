/**
 * The server sends no diagnostics when a check finds exactly those shown (server/src/diagnostics.ts
 * `sameDiagnostics`), in the language shown: a message that changes in that language, a range, a
 * severity or related information that moves, is a change; the other language's text is not sent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { sameDiagnostics } from '../../server/src/diagnostics';
import { seed } from '../helpers/fixtures';

const findings = analyze(seed('002')).findings;
const withRelated = findings.findIndex((f) => f.related.length > 0);

/** The findings with the i-th one changed by `change`, as a fresh list of fresh objects (as a new analysis makes them). */
function changed(i: number, change: (f: Finding) => Finding): Finding[] {
  return findings.map((f, k) => (k === i ? change(f) : { ...f, message: { 'zh-CN': `${f.message['zh-CN']}`, en: `${f.message.en}` } }));
}

describe('sameDiagnostics', () => {
  it('holds for the findings of the same text analysed again', () => {
    assert.ok(findings.length > 0 && withRelated >= 0);
    assert.ok(sameDiagnostics(findings, analyze(seed('002')).findings, 'zh-CN'));
    assert.ok(sameDiagnostics(findings, analyze(seed('002')).findings, 'en'));
  });

  it('compares the messages of the language shown only', () => {
    const english = changed(0, (f) => ({ ...f, message: { ...f.message, en: `${f.message.en} (changed)` } }));
    assert.ok(sameDiagnostics(findings, english, 'zh-CN'));
    assert.ok(!sameDiagnostics(findings, english, 'en'));
    const chinese = changed(0, (f) => ({ ...f, message: { ...f.message, 'zh-CN': `${f.message['zh-CN']}（改）` } }));
    assert.ok(!sameDiagnostics(findings, chinese, 'zh-CN'));
    assert.ok(sameDiagnostics(findings, chinese, 'en'));
  });

  it('sees a moved range, a changed severity or code, a finding more, and changed related information', () => {
    const last = findings.length - 1;
    const moved = changed(last, (f) => ({ ...f, range: { start: f.range.start, end: { line: f.range.end.line, character: f.range.end.character + 1 } } }));
    assert.ok(!sameDiagnostics(findings, moved, 'zh-CN'));
    assert.ok(!sameDiagnostics(findings, changed(last, (f) => ({ ...f, severity: f.severity === 'error' ? 'warning' : 'error' })), 'zh-CN'));
    assert.ok(!sameDiagnostics(findings, changed(last, (f) => ({ ...f, code: `${f.code}-x` })), 'zh-CN'));
    assert.ok(!sameDiagnostics(findings, [...findings, findings[0]!], 'zh-CN'));
    const related = changed(withRelated, (f) => ({ ...f, related: f.related.map((r) => ({ ...r, message: { ...r.message, 'zh-CN': `${r.message['zh-CN']}（改）` } })) }));
    assert.ok(!sameDiagnostics(findings, related, 'zh-CN'));
    assert.ok(sameDiagnostics(findings, related, 'en'));
    const relatedMoved = changed(withRelated, (f) => ({ ...f, related: f.related.map((r) => ({ ...r, range: { start: r.range.end, end: r.range.end } })) }));
    assert.ok(!sameDiagnostics(findings, relatedMoved, 'en'));
  });
});

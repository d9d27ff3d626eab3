import { describe, expect, it } from 'vitest';
import { seedCase } from '../case/fixtures';
import { assess } from '../engine/assess';
import { EVIDENCE_PACK_SHA256, EVIDENCE_PACK_VERSION } from '../evidence';
import { caseFile, caseFileText, readCaseFile } from './case-file';
import { noteMarkdown, noteText } from './note';
import { pamaCode, provenanceLine, requestBand } from './provenance';
import { LANGS } from '../languages';

const TODAY = '2026-03-03';

describe('provenance on every export', () => {
  const c = seedCase(TODAY);
  const a = assess(c, TODAY);

  it('the note (text and Markdown) names the evidence pack version, its full hash and the engine', () => {
    for (const lang of LANGS) {
      const opts = { lang, disclaimer: 'Decision support only.' };
      for (const note of [noteText(c, a, opts), noteMarkdown(c, a, opts)]) {
        expect(note).toContain(EVIDENCE_PACK_VERSION);
        expect(note).toContain(EVIDENCE_PACK_SHA256);
        expect(note).toContain(a.engineVersion);
      }
    }
  });

  it('the case file carries the pack and engine, and still reads back as the same case', () => {
    const file = caseFile(c, '2026-03-03T10:00:00.000Z');
    expect(file.provenance.evidencePack).toEqual({
      version: EVIDENCE_PACK_VERSION,
      sha256: EVIDENCE_PACK_SHA256,
    });
    expect(file.provenance.engineVersion).toBe(a.engineVersion);
    const back = readCaseFile(caseFileText(c, '2026-03-03T10:00:00.000Z'));
    expect(back.ok && back.value).toEqual(c);
  });

  it('the provenance line is bilingual and carries the full hash', () => {
    const info = { engineVersion: '9.9.9', evidencePack: { version: '2.0.0', sha256: 'abc' } };
    expect(provenanceLine(info, 'en')).toBe('Evidence pack 2.0.0 (SHA-256 abc); engine 9.9.9.');
    expect(provenanceLine(info, 'es')).toBe(
      'Paquete de evidencia 2.0.0 (SHA-256 abc); motor 9.9.9.',
    );
  });

  // Argonaut CDS Hooks for PAMA: codes "appropriate", "not-appropriate", "no-criteria-apply".
  it('maps bands to PAMA codes only where one fits ("may be appropriate" has none)', () => {
    expect(pamaCode('usually-appropriate')).toBe('appropriate');
    expect(pamaCode('usually-not-appropriate')).toBe('not-appropriate');
    expect(pamaCode('may-be-appropriate')).toBeUndefined();
    expect(pamaCode('done')).toBeUndefined();
  });

  it('the joint CT-or-MRI request takes the more favourable band of the two', () => {
    expect(
      requestBand(
        { ct: { band: 'usually-not-appropriate' }, mri: { band: 'may-be-appropriate' } },
        'ctmri',
      ),
    ).toBe('may-be-appropriate');
    expect(requestBand({ xray: { band: 'usually-appropriate' } }, 'xray')).toBe(
      'usually-appropriate',
    );
    expect(requestBand({}, 'xray')).toBeUndefined();
  });
});

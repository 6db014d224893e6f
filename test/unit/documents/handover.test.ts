import { describe, expect, it } from 'vitest';
import { handoverEmailDraft } from '../../../lib/documents/handover';
import { brudzew } from '../../fixtures/documents/profiles';

describe('handoverEmailDraft', () => {
  const draft = handoverEmailDraft(brudzew);

  it('goes to the seed coordinator by default, or to the one configured', () => {
    expect(draft.to).toBe('koordynator@e-instytucja.pl');
    expect(handoverEmailDraft(brudzew, { coordinatorEmail: ' it@wokiss.pl ' }).to).toBe('it@wokiss.pl');
  });

  it('names the three files from PCCE Sigillum and the domain to install on', () => {
    expect(draft.subject).toBe('Certyfikat ePUAP dla platformy eurzad.brudzew.pl – Gmina Brudzew');
    expect(draft.body).toContain('Załączone pliki (3):');
    expect(draft.body).toMatch(/1\. pierwszy plik z kluczem/);
    expect(draft.body).toMatch(/2\. drugi plik z kluczem/);
    expect(draft.body).toContain('3. plik PDF „Raport zawartości certyfikatu”');
    expect(draft.body).toContain('Sigillum');
    expect(draft.body).toContain('Proszę o zainstalowanie certyfikatu');
    expect(draft.body).toContain('eurzad.brudzew.pl');
    expect(draft.attachments).toHaveLength(3);
  });

  it('contains no password and says the p12 password comes by another channel', () => {
    expect(draft.body).toMatch(/Hasło do pliku \.p12 przekażę innym kanałem \(telefonicznie lub SMS-em\)/);
    expect(draft.body).not.toMatch(/hasło\s*(:|to|=)/i);
    expect(draft.body).not.toMatch(/password/i);
    expect(draft.passwordAdvice).toMatch(/Nie wpisuj hasła/);
  });

  it('signs with the office and builds a mailto: link with the same text', () => {
    expect(draft.body).toMatch(/Z poważaniem\nUrząd Gminy Brudzew\nug@brudzew\.pl\ntel\. 63 272 10 00$/);
    expect(draft.mailto.startsWith('mailto:koordynator@e-instytucja.pl?subject=')).toBe(true);
    const url = new URL(draft.mailto);
    expect(url.searchParams.get('subject')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
  });
});

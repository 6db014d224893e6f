import { describe, expect, it } from 'vitest';
import { epuapTabOf } from '../../../lib/service/inject';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ok = { id: ID, origin: 'https://epuap.gov.pl', frameId: 0, tab: { id: 7 } };

describe('the tab port serves only our own script in the top frame of an ePUAP page', () => {
  it('takes the tab from the port, never from the payload', () => {
    expect(epuapTabOf(ok, ID)).toBe(7);
    expect(epuapTabOf({ ...ok, origin: undefined, url: 'https://epuap.gov.pl/wps/x' }, ID)).toBe(7);
  });

  it('refuses another extension, a frame, another origin and a look-alike host', () => {
    expect(epuapTabOf({ ...ok, id: 'other' }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, frameId: 3 }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, origin: 'https://example.com' }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, origin: 'https://epuap.gov.pl.evil.example' }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, origin: 'http://epuap.gov.pl' }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, origin: undefined, url: 'nie-adres' }, ID)).toBeNull();
    expect(epuapTabOf({ ...ok, tab: undefined }, ID)).toBeNull();
    expect(epuapTabOf(undefined, ID)).toBeNull();
  });
});

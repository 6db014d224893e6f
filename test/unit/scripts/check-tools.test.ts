import { describe, expect, test } from 'vitest';
import { DEBIAN_PACKAGES, missingLine, missingTools, TOOLS } from '../../../scripts/check-tools';

describe('the tool check before npm test', () => {
  test('a missing browser is named in one Polish-and-English line with its Debian package', () => {
    const firefox = TOOLS.find((t) => t.pkg === 'firefox-esr');
    expect(firefox).toBeDefined();
    const line = missingLine(firefox as (typeof TOOLS)[number]);
    expect(line).not.toContain('\n');
    expect(line).toContain('Brak przeglądarki Firefox ESR');
    expect(line).toContain('Missing the Firefox ESR browser');
    expect(line).toContain('apt-get install -y firefox-esr');
  });

  test('a tool whose path is not there is reported missing, one that is there is not', () => {
    const tools = [
      { pl: 'a', en: 'a', pkg: 'a', path: () => null },
      { pl: 'b', en: 'b', pkg: 'b', path: () => '/bin/sh' },
    ];
    expect(missingTools(tools).map((t) => t.pkg)).toEqual(['a']);
  });

  test('CI installs every package the tests need, fonts included', () => {
    for (const tool of TOOLS) expect(DEBIAN_PACKAGES).toContain(tool.pkg);
    expect(DEBIAN_PACKAGES).toContain('fonts-dejavu-core');
  });
});

/**
 * Issue 13.6: one language choice — the browser's — for every surface and the engine, and no
 * English-only text in a German or French UI.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { engineLanguage } from '../../src/platform/i18n';
import { parseBackup } from '../../src/platform/import-plan';
import { listen, send } from '../../src/platform/messaging';
import { fakeBrowser, messagesFor } from '../setup/fake-browser';
import { untranslatedInSurfaces, untranslatedText } from './ui-strings';

/**
 * Text allowed outside the catalogues: the product's name, and the message layer's protocol
 * errors (a bug report's detail, always inside a translated sentence such as "historyLoadFailed").
 */
const ALLOWED = [/: Cramp Check$/, /^platform\/messaging\.ts: malformed (message|reply)/, /^platform\/history-bounds\.ts: starts more than a day in the future$/];

const run = { source: 'manual', sport: 'run' as const, movingS: 7200, distanceM: 21_000, temperatureC: 29, humidityPct: 70 };

describe('one language', () => {
  it('no surface shows text that bypasses the catalogues', () => {
    expect(untranslatedInSurfaces().filter((line) => !ALLOWED.some((a) => a.test(line)))).toEqual([]);
  });

  it('the scan catches English written straight into a surface (planted)', () => {
    const planted = untranslatedInSurfaces({
      'src/options/planted.tsx': 'export const P = () => <p title="Saved just now">Your profile was saved</p>;',
      'src/platform/planted.ts': "export const f = () => ({ error: 'This file is not JSON. Nothing was changed.' });",
    });
    expect(planted.filter((line) => line.includes('planted'))).toEqual(
      expect.arrayContaining(['options/planted.tsx: Your profile was saved', 'options/planted.tsx: Saved just now', 'platform/planted.ts: This file is not JSON. Nothing was changed.']),
    );
    expect(planted.filter((line) => line.includes('planted'))).toHaveLength(3);
    expect(untranslatedText("// an error: 'Nothing was changed'\nexport const k = t('importNotJson');", 'x.ts')).toEqual([]);
  });

  it.each([
    ['de', 'Diese Datei ist kein JSON'],
    ['fr', "Ce fichier n'est pas du JSON"],
  ])('a backup file that is not an export is explained in %s, not in English', (language, start) => {
    fakeBrowser().i18n.getMessage = messagesFor(language);
    const result = parseBackup('{oops', new Date('2026-11-25T12:00:00Z'));
    expect('error' in result && result.error.startsWith(start)).toBe(true);
  });

  it.each([
    ['de-DE', 'de'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['es', 'en'],
  ] as const)('the engine speaks the browser language %s → %s', (ui, engine) => {
    fakeBrowser().i18n.getUILanguage = () => ui;
    expect(engineLanguage()).toBe(engine);
  });

  it('the engine follows the browser even when a stored profile names another language', async () => {
    listen(createHandlers(() => new Date('2026-11-25T12:00:00Z')));
    fakeBrowser().i18n.getUILanguage = () => 'de-DE';
    const german = await send({ type: 'analyze-manual', activity: run });
    await fakeBrowser().storage.local.set({ profile: { version: 1, data: { units: 'metric', language: 'fr' } } });
    const stillGerman = await send({ type: 'analyze-manual', activity: run });
    fakeBrowser().i18n.getUILanguage = () => 'en-GB';
    const english = await send({ type: 'analyze-manual', activity: run });
    expect(stillGerman.analysis.findings.map((f) => f.contributed)).toEqual(german.analysis.findings.map((f) => f.contributed));
    expect(german.analysis.findings.map((f) => f.contributed)).not.toEqual(english.analysis.findings.map((f) => f.contributed));
  });
});

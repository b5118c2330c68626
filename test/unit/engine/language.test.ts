import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine';

describe('detectLanguage on short texts', () => {
  const english = [
    'Thanks for your patience today.',
    'Sorry, the parcel is late again.',
    'Could you send me the invoice please?',
    'We will call you back tomorrow morning.',
    'The customer wants a refund for the order.',
    'I think this is the best option for you.',
    'Please let me know if anything changes.',
    'Our team fixed the bug last night.',
  ];
  const german = [
    'Die Lieferung kommt leider später.',
    'Vielen Dank für Ihre Geduld heute.',
    'Können Sie mir bitte die Rechnung schicken?',
    'Wir rufen Sie morgen früh zurück.',
    'Der Kunde möchte sein Geld zurück.',
    'Ich glaube, das ist die beste Lösung.',
    'Geben Sie mir Bescheid, wenn sich etwas ändert.',
    'Unser Team hat den Fehler gestern behoben.',
  ];
  it.each(english)('English: %s', (text) => expect(detectLanguage(text)).toBe('en'));
  it.each(german)('German: %s', (text) => expect(detectLanguage(text)).toBe('de'));

  it('keeps a German note German when it quotes the customer in English', () => {
    const note =
      "Kunde hat im Call gesagt 'your product is the worst thing I ever bought' und will jetzt sein Geld zurück.";
    expect(detectLanguage(note)).toBe('de');
  });

  it('defaults to English when nothing points either way', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12345 67')).toBe('en');
  });
});

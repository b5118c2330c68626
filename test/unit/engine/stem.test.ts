import { describe, expect, it } from 'vitest';
import { stemEnglish, stemGerman } from '../../../src/engine/stem';

describe('stemEnglish (Porter2)', () => {
  const known: [string, string][] = [
    ['caresses', 'caress'],
    ['flies', 'fli'],
    ['dies', 'die'],
    ['denied', 'deni'],
    ['agreed', 'agre'],
    ['owned', 'own'],
    ['humbled', 'humbl'],
    ['sized', 'size'],
    ['meeting', 'meet'],
    ['stating', 'state'],
    ['itemization', 'item'],
    ['sensational', 'sensat'],
    ['traditional', 'tradit'],
    ['reference', 'refer'],
    ['colonizer', 'colon'],
    ['plotted', 'plot'],
    ['generously', 'generous'],
    ['communication', 'communic'],
    ['happiness', 'happi'],
    ['hopefulness', 'hope'],
    ['consistently', 'consist'],
    ['knitting', 'knit'],
    ['skies', 'sky'],
    ['dying', 'die'],
    ['news', 'news'],
    ['gaps', 'gap'],
    ['gas', 'gas'],
    ['ties', 'tie'],
    ['cries', 'cri'],
    ["customer's", 'custom'],
  ];
  it.each(known)('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it('brings inflections of one word together', () => {
    const stems = ['delay', 'delays', 'delayed', 'delaying'].map(stemEnglish);
    expect(new Set(stems).size).toBe(1);
  });
});

describe('stemGerman (Snowball)', () => {
  const known: [string, string][] = [
    ['aufeinanderfolgenden', 'aufeinanderfolg'],
    ['kategorisch', 'kategor'],
    ['verzögerung', 'verzoger'],
    ['verzögerungen', 'verzoger'],
    ['kunden', 'kund'],
    ['kunde', 'kund'],
    ['möglichkeit', 'moglich'],
    ['freundlichkeit', 'freundlich'],
    ['kenntnisse', 'kenntnis'],
    ['häuser', 'haus'],
    ['straße', 'strass'],
    ['entschuldigung', 'entschuld'],
    ['beschwerde', 'beschwerd'],
    ['fehler', 'fehl'],
  ];
  it.each(known)('%s → %s', (word, stem) => {
    expect(stemGerman(word)).toBe(stem);
  });

  it('folds umlauts and ß so spellings meet', () => {
    expect(stemGerman('strasse')).toBe(stemGerman('straße'));
    expect(stemGerman('verzögerung')).toBe(stemGerman('verzogerung'));
  });
});

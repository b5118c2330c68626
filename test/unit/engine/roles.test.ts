import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { pack, principle } from './test-pack';

// A principle whose delay words count only for our own situation, and a claim principle.
const rolesPack = pack('roles', [
  principle('own', {
    en: {
      triggers: [
        { match: 'delay', whose: 'ours' },
        { match: 'pushed back', whose: 'ours' },
      ],
    },
    de: { triggers: [{ match: 'verschiebt', whose: 'ours' }] },
  }),
  principle('claim', {
    en: { triggers: [{ match: 'revolutionary', claim: true }] },
    de: { triggers: [{ match: 'revolutionär', claim: true }] },
  }),
]);
const ids = (text: string, language: 'en' | 'de' = 'en') =>
  analyze(text, { packs: [rolesPack], language }).suggestions.map((s) => s.id);

describe('roles: whose situation it is', () => {
  it('counts our delay and a delay of what we deliver to the customer', () => {
    expect(ids('We have a delay on the install.')).toEqual(['own']);
    expect(ids('There is a delay with your order.')).toEqual(['own']);
    expect(ids('I am sorry to tell you there is a delay.')).toEqual(['own']);
  });

  it("does not count the customer's own or a third party's situation", () => {
    expect(ids('The opening of your new store was pushed back.')).toEqual([]);
    expect(ids('You had to delay the launch.')).toEqual([]);
    expect(ids('Sorry to hear about the delay at the port.')).toEqual([]);
    expect(ids('Die Eröffnung ihrer neuen Filiale verschiebt sich.', 'de')).toEqual([]);
    expect(ids('Da Sie den Umzug verschiebt, passt das.', 'de')).toEqual([]);
    expect(ids('Unser Termin verschiebt sich leider.', 'de')).toEqual(['own']);
    expect(ids("Cust's own store opening got a delay, their builder overran.")).toEqual([]);
    expect(ids("The customer's order has a delay.")).toEqual(['own']);
  });

  it('does not count a case that may never happen: a conditional clause', () => {
    expect(ids('Call me in case of any delay.')).toEqual([]);
    expect(ids('Should there be a delay, I will call you.')).toEqual([]);
    expect(ids('Sagen Sie Bescheid, falls sich etwas verschiebt.', 'de')).toEqual([]);
    expect(ids('We will call you if there is a delay.')).toEqual(['own']);
    expect(ids('Our team should fix the delay today.')).toEqual(['own']);
  });
});

describe('roles: quoted and reported speech', () => {
  it('counts a claim of the writer, not one in quotation marks or after a reporting verb', () => {
    expect(ids('Our new scanner is revolutionary.')).toEqual(['claim']);
    expect(ids('Their brochure calls it "revolutionary".')).toEqual([]);
    expect(ids('The vendor says it is revolutionary.')).toEqual([]);
    expect(ids('Der Hersteller nennt es „revolutionär“.', 'de')).toEqual([]);
  });

  it('counts our own words in quotation marks: our tagline, a pitch we sent, what I told them', () => {
    expect(ids('Our new tagline: "the revolutionary scanner".')).toEqual(['claim']);
    expect(ids('Told the buyer it is "revolutionary", no figures yet.')).toEqual(['claim']);
    expect(ids('Mail an Klinikum West raus: „revolutionäre Lagerlösung“.', 'de')).toEqual([
      'claim',
    ]);
    expect(ids('Hab KD gesagt: „Das ist revolutionär.“', 'de')).toEqual(['claim']);
    expect(ids('The customer wrote: "your revolutionary scanner".')).toEqual([]);
    expect(ids('KD schreibt: „revolutionär, aber zu teuer“.', 'de')).toEqual([]);
  });
});

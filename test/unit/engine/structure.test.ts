import { describe, expect, it } from 'vitest';
import { emailStructure, keepOnly, outside } from '../../../src/engine/structure';

const parts = (text: string) => {
  const { quoted, ignored } = emailStructure(text);
  return {
    quoted: quoted.map((s) => text.slice(s.start, s.end)),
    ignored: ignored.map((s) => text.slice(s.start, s.end)),
  };
};

describe('emailStructure', () => {
  it('finds a Gmail reply: quote header ignored, quoted lines without their markers', () => {
    const text =
      'Hi Laura,\n\nThanks, noted.\n\nBest,\nDaniel\n\nOn Thu, Mar 12, 2026 at 4:05 PM Laura <l@example.com> wrote:\n> We are furious.\n>\n> Laura';
    const { quoted, ignored } = parts(text);
    expect(quoted).toEqual(['We are furious.', 'Laura']);
    // Signature and quote header are one ignored stretch (only blank lines between them).
    expect(ignored).toEqual([
      'Best,\nDaniel\n\nOn Thu, Mar 12, 2026 at 4:05 PM Laura <l@example.com> wrote:',
    ]);
  });

  it('finds a header wrapped over two lines and the German and Outlook headers', () => {
    expect(
      parts(
        'Ok.\n\nOn Tue, 14 Apr 2026 at 11:03, Laura Bishop <laura@example.com>\nwrote:\n> late again',
      ).quoted,
    ).toEqual(['late again']);
    expect(
      parts('Gern.\n\nAm 14.04.2026 um 11:03 schrieb Frau Meier <m@example.de>:\n> Sie Idioten')
        .quoted,
    ).toEqual(['Sie Idioten']);
    const outlook =
      'Done.\n\nFrom: Tom <t@example.com>\nSent: Monday, 3 March 2026 10:00\nTo: Anna\nSubject: Order\n\nWhere is my order?';
    expect(parts(outlook).quoted).toEqual(['Where is my order?']);
    const german =
      'Erledigt.\n\nVon: Tom <t@example.de>\nGesendet: Montag, 3. März 2026 10:00\nAn: Anna\nBetreff: Auftrag\n\nWo bleibt die Ware?';
    expect(parts(german).quoted).toEqual(['Wo bleibt die Ware?']);
    expect(parts('See below.\n\n-----Original Message-----\nThe delivery is late.').quoted).toEqual(
      ['The delivery is late.'],
    );
  });

  it('treats a sign-off with its signature and a banner as not the message', () => {
    const text =
      'Hi Tom,\n\nThe invoice is attached.\n\nKind regards,\nAnna Roth\nAccount Manager | Acme\n#1 rated payroll software, best-in-class. Offer ends tonight!';
    expect(parts(text).ignored).toEqual([
      'Kind regards,\nAnna Roth\nAccount Manager | Acme\n#1 rated payroll software, best-in-class. Offer ends tonight!',
    ]);
    expect(
      parts('Hallo Herr Maier,\n\ndie Ware ist unterwegs.\n\nViele Grüße\nJana').ignored,
    ).toEqual(['Viele Grüße\nJana']);
  });

  it('keeps the message when what follows a "Thanks" line is more message, not a signature', () => {
    const text =
      'Hi Tom,\nThanks!\nWe missed the date we promised you and I want to explain what happened and what we do next.';
    expect(parts(text).ignored).toEqual([]);
  });

  it('drops a legal disclaimer', () => {
    const text =
      'The report is attached.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please delete it.';
    expect(parts(text).ignored).toHaveLength(1);
  });

  it('finds nothing in a CRM note', () => {
    expect(emailStructure('Cust called re delay, f/u Tue. Angry about the invoice.')).toEqual({
      quoted: [],
      ignored: [],
    });
  });

  it('blanks everything outside the kept spans without moving offsets', () => {
    const text = 'ab\ncd\nef';
    const kept = keepOnly(text, outside([{ start: 3, end: 5 }], text.length));
    expect(kept).toBe('ab\n  \nef');
    expect(kept).toHaveLength(text.length);
  });
});

describe('emailStructure on huge and odd text', () => {
  it('reads 100,000 quoted lines followed by a line of the rep in one pass', () => {
    // Quadratic work here (a look-ahead per quoted line) would never finish.
    const text = `${'> quoted line\n'.repeat(100_000)}and my answer`;
    const { quoted, ignored } = emailStructure(text);
    expect(quoted).toHaveLength(100_000);
    expect(quoted[0]).toEqual({ start: 2, end: 13 });
    expect(ignored).toEqual([]);
  });
});

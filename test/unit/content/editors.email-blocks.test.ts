// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDomText } from '../../../content/editors/dom-text';
import { fieldStructure } from '../../../content/editors/email-blocks';

function field(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

const parts = (el: HTMLElement) => {
  const text = readDomText(el);
  const { quoted, ignored } = fieldStructure(el, text);
  return {
    quoted: quoted.map((s) => text.text.slice(s.start, s.end)),
    ignored: ignored.map((s) => text.text.slice(s.start, s.end)),
  };
};

describe('fieldStructure: what the compose DOM marks as quote and signature', () => {
  it("reads Gmail's quote block and signature", () => {
    const el = field(
      '<div>Thanks, noted.</div><div class="gmail_signature">Anna | #1 rated payroll</div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Tue Tom wrote:</div><blockquote>You idiots.</blockquote></div>',
    );
    expect(parts(el)).toEqual({
      quoted: ['On Tue Tom wrote:\nYou idiots.'],
      ignored: ['Anna | #1 rated payroll', 'On Tue Tom wrote:'],
    });
  });

  it("reads a cite blockquote and everything after Outlook's reply header", () => {
    expect(
      parts(field('<p>Ok.</p><blockquote type="cite"><p>Late again!</p></blockquote>')).quoted,
    ).toEqual(['Late again!']);
    const outlook = field(
      '<p>Done.</p><div id="divRplyFwdMsg">From: Tom</div><div>Where is my order?</div><div>Tom</div>',
    );
    expect(parts(outlook)).toEqual({
      quoted: ['Where is my order?', 'Tom'],
      ignored: ['From: Tom'],
    });
  });

  it('finds nothing in a plain field', () => {
    expect(parts(field('<p>We missed the date.</p>'))).toEqual({ quoted: [], ignored: [] });
  });
});

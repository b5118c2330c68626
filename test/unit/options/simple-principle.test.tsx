// @vitest-environment happy-dom
/** The simple "My principle" form and Try your text, as a rep meets them. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSimple, splitWords } from '../../../src/options/simple-model';
import { renderOptions, eventuallyStored, principle } from './helpers';

afterEach(cleanup);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const problems = () =>
  [...document.querySelectorAll('.simple .field-errors')].map((e) => e.textContent);

describe('the simple principle form', () => {
  it('shows no problem on a new form, and every one after Save, saving nothing', async () => {
    const { elsewhere } = await renderOptions('my-principles');
    fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
    expect(screen.getByLabelText('Title')).toBeTruthy();
    expect(problems()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/problem/i);
    // Typing in one field shows that field's problem only.
    type('Title', 'x');
    type('Title', '');
    expect(problems()).toEqual(['Give it a title.']);
    fireEvent.click(screen.getByRole('button', { name: 'Save principle' }));
    expect(problems()).toEqual([
      'Give it a title.',
      'Say in a sentence what to do.',
      'Add a sentence you could write.',
      'Add at least one word, in English or German.',
    ]);
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await elsewhere.packs.ownPrinciples()).toEqual([]);
  });

  it('saves a valid pack principle from title, advice, phrasing and words', async () => {
    const { elsewhere } = await renderOptions('my-principles');
    fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
    type('Title', 'Offer a refund first!');
    type('Advice', 'When a customer is unhappy, offer the refund before they ask.');
    type('A phrasing', 'I have started your refund; you will see it within five days.');
    type('In English texts', 'Refund, money back,refund');
    type('In German texts', 'Erstattung; Geld zurück');
    fireEvent.click(screen.getByRole('button', { name: 'Save principle' }));
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list).toHaveLength(1),
    );
    const [saved] = await elsewhere.packs.ownPrinciples();
    expect(saved).toMatchObject({
      id: 'offer-a-refund-first',
      category: 'service',
      contexts: ['any'],
      source: { type: 'practice', title: 'My own practice' },
    });
    expect(saved?.signals.en?.triggers).toEqual([{ match: 'refund' }, { match: 'money back' }]);
    expect(saved?.signals.de?.triggers).toEqual([
      { match: 'erstattung' },
      { match: 'geld zurück' },
    ]);
    // The advice stands in for the optional why; the texts go under both languages with words.
    expect(saved?.text.en?.why).toBe(saved?.text.en?.summary);
    expect(saved?.text.de?.title).toBe('Offer a refund first!');
    await screen.findByRole('button', { name: 'Edit: Offer a refund first!' });
  });

  it('never takes the id of a bundled principle', async () => {
    const { elsewhere } = await renderOptions('my-principles');
    fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
    type('Title', 'Own mistakes openly');
    type('Advice', 'Say it.');
    type('A phrasing', 'We got it wrong.');
    type('In English texts', 'oops');
    fireEvent.click(screen.getByRole('button', { name: 'Save principle' }));
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list.map((p) => p.id)).toEqual(['own-mistakes-openly-2']),
    );
  });

  it('opens what it holds in the full editor under Advanced', async () => {
    await renderOptions('my-principles');
    fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
    type('Title', 'Call back the same day');
    type('In English texts', 'call back');
    fireEvent.click(screen.getByRole('button', { name: /^Advanced/ }));
    const english = screen.getByRole('group', { name: /English texts and signals/ });
    expect(within(english).getByLabelText('Title')).toHaveProperty(
      'value',
      'Call back the same day',
    );
    expect(within(english).getByLabelText('Signal 1')).toHaveProperty('value', 'call back');
    expect(screen.getByLabelText('Id')).toHaveProperty('value', 'call-back-the-same-day');
  });

  it('the full editor says nothing about problems before anything is typed', async () => {
    await renderOptions('my-principles');
    fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
    fireEvent.click(screen.getByRole('button', { name: /^Advanced/ }));
    expect(document.querySelector('.editor__state')?.textContent).toBe(
      'Fill in the fields; the principle is saved once it is complete.',
    );
    expect(document.querySelector('.editor__state--invalid')).toBeNull();
    expect(document.querySelectorAll('.field-errors')).toHaveLength(0);
  });

  it('knows which principles it can hold without losing anything', () => {
    expect(splitWords(' Refund ,money  back;; REFUND\nrückerstattung ')).toEqual([
      'refund',
      'money back',
      'rückerstattung',
    ]);
    expect(isSimple(principle('plain'))).toBe(true);
    const withRegex = principle('re');
    withRegex.signals.en = { triggers: [{ regex: 'late(r|st)' }] };
    expect(isSimple(withRegex)).toBe(false);
    const withSuppressor = principle('sup');
    withSuppressor.signals.en = { triggers: [{ match: 'x' }], suppressors: [{ match: 'y' }] };
    expect(isSimple(withSuppressor)).toBe(false);
  });
});

describe('Try your text', () => {
  it('is the first section and shows what the card would bring up, with evidence', async () => {
    await renderOptions('');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Try your text');
    const links = screen.getAllByRole('link');
    expect(links[0]?.textContent).toBe('Try your text');
    type('Your text', 'Sorry, your order is delayed again due to unforeseen circumstances.');
    const result = screen.getByTestId('try-all-result');
    await vi.waitFor(() => expect(result.textContent).toMatch(/Own up to mistakes|principle/));
    const items = [...result.querySelectorAll('.try__item')];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.querySelector('.try__summary-line')?.textContent?.length).toBeGreaterThan(10);
    expect(items[0]?.querySelector('mark')).toBeTruthy();
    expect(result.textContent).toMatch(/text in English/);
  });
});

// @vitest-environment happy-dom
/** My principles: create, validation next to fields, edit, duplicate, delete, try your text. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_PACK_ID, ownPack } from '../../../src/settings';
import { renderOptions, eventuallyStored, principle } from './helpers';

afterEach(cleanup);

const type = (label: string | RegExp, value: string, scope: HTMLElement = document.body) =>
  fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
const english = () => screen.getByRole('group', { name: /English texts and signals/ });

/** Fills every required field of a new English principle. */
function fillValidPrinciple() {
  type('Title', 'Mention the zebrafinch', english());
  type('Summary', 'Always mention it.', english());
  type('Why it matters', 'Customers love it.', english());
  type(/^Try this .*entry 1$/, 'The zebrafinch says hello.', english());
  type('Signal 1', 'zebrafinch', english());
  type('Source title', 'Our team handbook');
}

/** Opens the full pack-format editor on a new principle: New principle, then Advanced. */
function openAdvancedEditor() {
  fireEvent.click(screen.getByRole('button', { name: 'New principle' }));
  fireEvent.click(screen.getByRole('button', { name: /^Advanced/ }));
}

describe('My principles', () => {
  it('creates a principle once it is complete, with an id from its title', async () => {
    const { elsewhere } = await renderOptions('my-principles');
    openAdvancedEditor();
    fillValidPrinciple();
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => {
        expect(list.map((p) => p.id)).toEqual(['mention-the-zebrafinch']);
        expect(list[0]?.signals.en?.triggers).toEqual([{ match: 'zebrafinch' }]);
        expect(list[0]?.text.de).toBeUndefined();
      },
    );
    await screen.findByText('All changes saved.');
  });

  it('shows each problem next to its field and saves nothing while invalid', async () => {
    const { elsewhere } = await renderOptions('my-principles');
    openAdvancedEditor();
    fillValidPrinciple();
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list).toHaveLength(1),
    );
    // A broken pattern in a second signal row, and an id that is not kebab-case.
    fireEvent.click(within(english()).getAllByRole('button', { name: 'Add signal' })[0]!);
    fireEvent.change(within(english()).getByRole('combobox', { name: 'Kind of signal 2' }), {
      target: { value: 'regex' },
    });
    type('Signal 2', 'late(', english());
    type('Id', 'Not Kebab');
    const regexField = within(english()).getByLabelText('Signal 2');
    expect(regexField.getAttribute('aria-invalid')).toBe('true');
    const regexError = document.getElementById(regexField.getAttribute('aria-describedby')!)!;
    expect(regexError.textContent).toMatch(/not valid RE2/);
    const idField = screen.getByLabelText('Id');
    expect(document.getElementById(idField.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /kebab-case/,
    );
    expect(screen.getByText(/Not saved yet: 2 problems/)).toBeTruthy();
    const stored = await elsewhere.packs.ownPrinciples();
    expect(stored.map((p) => p.id)).toEqual(['mention-the-zebrafinch']);
  });

  it('shows every problem on request, and a missing language as a problem of the form', async () => {
    await renderOptions('my-principles');
    openAdvancedEditor();
    fireEvent.click(screen.getByRole('checkbox', { name: /English texts and signals/ }));
    await screen.findByText('needs text in en or de');
    fireEvent.click(screen.getByRole('button', { name: 'Show problems' }));
    expect((await screen.findAllByText('must not be empty')).length).toBeGreaterThan(0);
  });

  it('edits, duplicates and deletes an own principle', async () => {
    const own = principle('my-rule');
    const { elsewhere } = await renderOptions('my-principles', {
      local: { userPacks: [ownPack([own])] },
    });
    // A principle the simple form can hold opens in it.
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Title of my-rule' }));
    type('Title', 'Renamed rule');
    fireEvent.click(screen.getByRole('button', { name: 'Save principle' }));
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list[0]?.text.en?.title).toBe('Renamed rule'),
    );
    // Editing an existing principle keeps its id.
    expect((await elsewhere.packs.ownPrinciples())[0]?.id).toBe('my-rule');
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate: Renamed rule' }));
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list.map((p) => p.id)).toEqual(['my-rule', 'my-rule-copy']),
    );
    expect(screen.getByDisplayValue('Renamed rule (copy)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete: Renamed rule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list.map((p) => p.id)).toEqual(['my-rule-copy']),
    );
  });

  it('removes the own pack when the last principle is deleted', async () => {
    const { elsewhere } = await renderOptions('my-principles', {
      local: { userPacks: [ownPack([principle('solo')])] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Title of solo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await eventuallyStored(
      () => elsewhere.packs.load(),
      ({ packs }) => expect(packs.find((p) => p.id === OWN_PACK_ID)).toBeUndefined(),
    );
    await screen.findByText('You have no principles of your own yet.');
  });

  it('tries a text against the principle being written and shows the evidence and score', async () => {
    const view = await renderOptions('my-principles');
    openAdvancedEditor();
    fillValidPrinciple();
    await screen.findByText('All changes saved.');
    type(
      'Your text',
      'Hello, the zebrafinch arrived. Sorry, your order is delayed due to unforeseen circumstances.',
    );
    const result = screen.getByTestId('try-editor-result');
    await vi.waitFor(() => expect(result.textContent).toMatch(/Yours is among them/));
    const focus = result.querySelector('.try__item--focus')!;
    expect(focus.textContent).toMatch(/Mention the zebrafinch/);
    expect(focus.querySelector('mark')?.textContent).toBe('zebrafinch');
    expect(focus.textContent).toMatch(/score \d+/);
    // The core pack runs too: the delay brings up a bundled principle.
    expect(result.querySelectorAll('.try__item').length).toBeGreaterThan(1);
    expect(result.querySelector('.try__marked mark')).toBeTruthy();
    // The editor's saves run in order after the page says so: let the last land before the next test.
    const { elsewhere } = view;
    await eventuallyStored(
      () => elsewhere.packs.ownPrinciples(),
      (list) => expect(list[0]?.source.title).toBe('Our team handbook'),
    );
  });

  it('checks the examples of the principle', async () => {
    await renderOptions('my-principles');
    openAdvancedEditor();
    fillValidPrinciple();
    const [addPositive, addNegative] = within(english()).getAllByRole('button', {
      name: 'Add example',
    });
    fireEvent.click(addPositive!);
    type('Examples that should bring it up, entry 1', 'A zebrafinch sang.', english());
    fireEvent.click(addNegative!);
    fireEvent.click(addNegative!);
    type('Examples that should not, entry 1', 'A sparrow sang.', english());
    // An example may span lines: a subject line and a body.
    type('Examples that should not, entry 2', 'Subject: birds\nNo zebrafinch here.', english());
    await screen.findByText('Examples: 3 of 3 as expected');
  });

  it('keeps own principles but offers only deleting them while the policy disables them', async () => {
    await renderOptions('my-principles', {
      local: { userPacks: [ownPack([principle('kept')])] },
      managed: { disableUserPacks: true },
    });
    expect(screen.getByText(/Your organisation turned off own principles/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New principle' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Edit: Title of kept' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete: Title of kept' })).toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { renderApp } from '@/testing/render-app';

describe('Cite this view', () => {
  it('cites exactly this view, in its language, and copies BibTeX in one click', async () => {
    const { user } = renderApp('/vi/trade?from=2010');
    const heading = await screen.findByRole('heading', { level: 1 });
    const button = screen.getByRole('button', { name: 'Trích dẫn' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Trích dẫn trang này' });
    const link = `${window.location.origin}/vi/trade?from=2010`;
    const text = (name: RegExp) =>
      (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value;
    expect(text(/APA/)).toContain(`${heading.textContent}. (n.d.). In Vietnam–Belarus Relations Dashboard`);
    expect(text(/APA/)).toContain(`Dataset version ${meta.newestSource}`);
    for (const name of [/APA/, /Chicago/, /BibTeX/, /RIS/]) expect(text(name)).toContain(link);

    await user.click(within(dialog).getByRole('button', { name: 'Sao chép BibTeX' }));
    expect(await within(dialog).findByText('Đã sao chép BibTeX')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^@misc\{vnby-trade-/);
    expect(copied).toContain(`url          = {${link}}`);
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user } = renderApp('/visits');
    await screen.findByRole('heading', { level: 1, name: /visits/i });
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' });
    within(dialog).getByRole('button', { name: 'Copy RIS' }).focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Cite this view' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Cite' })).toHaveFocus();
  });
});

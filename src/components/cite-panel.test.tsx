import { screen, waitFor, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { versionText } from '@/lib/citation';
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
    // Every word in Vietnamese, the Vietnamese form first.
    expect(text(/APA/)).toContain(
      `${heading.textContent}. (không rõ năm). Trong Bảng dữ liệu Quan hệ Việt Nam – Belarus`,
    );
    expect(text(/APA/)).toContain(versionText(meta.newestSource, 'vi'));
    expect(text(/Kiểu trích dẫn thường dùng tại Việt Nam/)).toMatch(
      /^Bảng dữ liệu Quan hệ Việt Nam – Belarus \(không rõ năm\), “/,
    );
    expect(within(dialog).getAllByRole('textbox')[0]).toHaveAccessibleName(/Việt Nam/);
    for (const name of [/APA/, /Chicago/, /BibTeX/, /RIS/, /Việt Nam/]) expect(text(name)).toContain(link);

    const copyBibtex = within(dialog).getByRole('button', { name: 'Sao chép BibTeX' });
    await user.click(copyBibtex);
    // The confirmation shows beside the button that was pressed.
    const status = await within(dialog).findByText('Đã sao chép BibTeX');
    expect(copyBibtex.parentElement).toContainElement(status);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^@misc\{vnby-trade-/);
    expect(copied).toContain(`url          = {${link}}`);
  });

  it('gives Russian readers a ГОСТ Р 7.0.100–2018 reference first, every word in Russian', async () => {
    const { user } = renderApp('/ru/visits?from=2010');
    const heading = await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Цитировать' }));
    const dialog = await screen.findByRole('dialog', { name: 'Цитировать этот раздел' });
    const first = within(dialog).getAllByRole('textbox')[0] as HTMLTextAreaElement;
    expect(first).toHaveAccessibleName(/ГОСТ Р 7\.0\.100–2018/);
    expect(first.value).toMatch(
      new RegExp(
        `^${heading.textContent} // Дашборд «Отношения Вьетнама и Беларуси» : \\[сайт\\]\\. – Набор данных по состоянию на [\\d.]+\\. – URL: ${window.location.origin}/ru/visits\\?from=2010 \\(дата обращения: \\d{2}\\.\\d{2}\\.\\d{4}\\)\\. – Текст : электронный\\.$`,
      ),
    );
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

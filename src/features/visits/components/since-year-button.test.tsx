import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '@/i18n/i18n';
import { SinceYearButton } from './since-year-button';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('SinceYearButton', () => {
  it('is named for what it does, and sets the start year to its year', async () => {
    const onSinceYear = vi.fn();
    render(<SinceYearButton year={2023} onSinceYear={onSinceYear} />);
    const b = screen.getByRole('button', { name: 'Set the start year to 2023' });
    expect(b).toHaveAccessibleDescription(
      'Changes the years at the top of the page to start in 2023; every view follows.',
    );
    await userEvent.click(b);
    expect(onSinceYear).toHaveBeenCalledWith(2023);
  });

  it('says the same in Vietnamese and Russian', async () => {
    render(<SinceYearButton year={2023} onSinceYear={() => {}} />);
    await act(() => i18n.changeLanguage('vi'));
    expect(screen.getByRole('button', { name: 'Chỉ hiện từ năm 2023' })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByRole('button', { name: 'Показать с 2023 года' })).toBeInTheDocument();
  });
});

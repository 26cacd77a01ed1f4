import { within } from '@testing-library/react';
import { expect } from 'vitest';

/** Asserts that `container` holds a link a reader knows by `name` and that it leads to `href`. */
export function expectLink(container: HTMLElement, name: string | RegExp, href: string): void {
  expect(within(container).getByRole('link', { name })).toHaveAttribute('href', href);
}

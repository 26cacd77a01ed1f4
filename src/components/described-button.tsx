import { useId, type ComponentProps, type ReactNode } from 'react';

/**
 * A button with a longer description that screen readers give after its name, hidden on screen
 * (aria-describedby may point at hidden text).
 */
export function DescribedButton({
  description,
  ...button
}: Omit<ComponentProps<'button'>, 'type' | 'aria-describedby'> & { description: ReactNode }) {
  const descriptionId = useId();
  return (
    <>
      <button type="button" aria-describedby={descriptionId} {...button} />
      <span id={descriptionId} hidden>
        {description}
      </span>
    </>
  );
}

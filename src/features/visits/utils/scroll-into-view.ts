/**
 * `scrollIntoView`, repeated for a few frames: year groups off screen are laid out only when they
 * come near the viewport (`content-visibility: auto`), and their real heights can push the target
 * away from where the first scroll put it.
 */
export function scrollIntoViewSettled(el: Element, options: ScrollIntoViewOptions, frames = 4): void {
  el.scrollIntoView(options);
  let last = el.getBoundingClientRect().top;
  const again = (left: number) => {
    if (left === 0) return;
    requestAnimationFrame(() => {
      const top = el.getBoundingClientRect().top;
      if (top !== last) {
        el.scrollIntoView(options);
        last = el.getBoundingClientRect().top;
      }
      again(left - 1);
    });
  };
  again(frames);
}

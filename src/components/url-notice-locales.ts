/** The link notice's own strings, every language (the rest of the notice is in `common`). */
export const locales = {
  en: { swapped: '“from={{value}}” came after “to={{used}}”, so the two years were swapped.' },
  vi: { swapped: '“from={{value}}” muộn hơn “to={{used}}” nên hai năm đã được đổi chỗ cho nhau.' },
  ru: { swapped: '«from={{value}}» позже, чем «to={{used}}», поэтому годы поменяны местами.' },
};

import type { Lang } from '@/lib/url/lang';

/** What the comparison's marks mean on each scale (namespace `tradeContext`). */
const en = {
  marks: {
    dots: 'Log scale: each gridline is ten times the one before it, so each value is a dot, not a bar whose length would mislead.',
    bars: 'Linear scale: each bar starts at zero, so its length is in proportion to its value.',
  },
};

export const locales: Record<Lang, typeof en> = {
  en,
  vi: {
    marks: {
      dots: 'Thang logarit: mỗi vạch lưới gấp mười lần vạch trước, nên mỗi giá trị là một chấm, không phải một thanh mà độ dài sẽ gây hiểu sai.',
      bars: 'Thang tuyến tính: mỗi thanh bắt đầu từ số không, nên độ dài của thanh tỉ lệ với giá trị.',
    },
  },
  ru: {
    marks: {
      dots: 'Логарифмическая шкала: каждая линия сетки в десять раз больше предыдущей, поэтому значения отмечены точками, а не столбцами, длина которых вводила бы в заблуждение.',
      bars: 'Линейная шкала: каждый столбец начинается с нуля, поэтому его длина пропорциональна значению.',
    },
  },
};

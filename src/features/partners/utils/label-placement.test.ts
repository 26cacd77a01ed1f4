import { overlapArea, placeLabels, textSize, type LabelInput } from './label-placement';

const bounds = { x: 0, y: 0, width: 400, height: 400 };
const pt = (id: string, x: number, y: number, text = 'Minsk'): LabelInput => ({ id, x, y, text, r: 4 });

describe(textSize.name, () => {
  it('grows with the text and the font size', () => {
    expect(textSize('Minsk', 10).width).toBe(29);
    expect(textSize('Minsk', 20).height).toBe(24);
  });

  it('measures a multi-line label by its longest line and its number of lines', () => {
    expect(textSize('Quần đảo Hoàng Sa\n(Việt Nam)', 10)).toEqual({ width: 99, height: 24 });
  });
});

describe(overlapArea.name, () => {
  it('is zero for boxes that only touch', () => {
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBe(0);
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(
      25,
    );
  });
});

describe(placeLabels.name, () => {
  it('puts a lone label to the right of its point', () => {
    const [l] = placeLabels([pt('a', 100, 100)], { fontSize: 12, bounds });
    expect(l).toMatchObject({ anchor: 'start', x: 107, y: 100, leader: null, overlaps: false });
  });

  it('moves a label left when the right side is out of bounds', () => {
    const [l] = placeLabels([pt('a', 395, 100)], { fontSize: 12, bounds });
    expect(l!.anchor).toBe('end');
  });

  it('keeps clear of the given obstacles', () => {
    const title = { x: 100, y: 90, width: 80, height: 20 };
    const [l] = placeLabels([pt('a', 100, 100)], { fontSize: 12, bounds, obstacles: [title] });
    expect(overlapArea(l!.box, title)).toBe(0);
    expect(l!.anchor).toBe('end');
  });

  it('never lets labels of crowded points overlap each other or the points', () => {
    const cluster = [
      pt('a', 200, 200, 'Hanoi'),
      pt('b', 212, 204, 'Hai Phong'),
      pt('c', 204, 214, 'Bac Ninh'),
      pt('d', 190, 206, 'Hung Yen'),
    ];
    const placed = placeLabels(cluster, { fontSize: 12, bounds });
    expect(placed.every((l) => !l.overlaps)).toBe(true);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlapArea(a.box, b.box)).toBe(0);
      for (const p of cluster)
        expect(overlapArea(a.box, { x: p.x - 4, y: p.y - 4, width: 8, height: 8 })).toBe(0);
    }
  });

  it('draws a leader line to a label placed further out', () => {
    const cluster = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
      pt(`p${i}`, 190 + (i % 3) * 10, 190 + Math.floor(i / 3) * 10),
    );
    const placed = placeLabels(cluster, { fontSize: 12, bounds });
    expect(placed.some((l) => l.leader !== null)).toBe(true);
  });

  it('keeps a later multi-line label in its own font size clear of earlier labels', () => {
    const city = pt('hanoi', 200, 200, 'Hanoi');
    const island: LabelInput = {
      id: 'isles',
      x: 200,
      y: 214,
      text: 'Hoang Sa (Paracel)\nIslands',
      r: 3,
      fontSize: 11,
    };
    const [c, i] = placeLabels([city, island], { fontSize: 12, bounds });
    expect(i!.box.height).toBe(27);
    expect(overlapArea(c!.box, i!.box)).toBe(0);
    expect(i!.overlaps).toBe(false);
  });
});

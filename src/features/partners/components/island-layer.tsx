import { useTranslation } from 'react-i18next';
import type { Archipelago } from '../api/geo-query';
import { ISLET_R, type ProjectedArchipelago } from '../utils/islands';
import { LINE_HEIGHT, type PlacedLabel } from '../utils/label-placement';

/** `islands.hoangSa` for `hoang-sa`: the locale key of an archipelago's name. */
export const islandKey = (a: Archipelago) => (a === 'hoang-sa' ? 'islands.hoangSa' : 'islands.truongSa');

/** Vietnam's archipelagos, in Vietnam's fill: the islet shapes (clipped with the inset) and a mark per islet. */
export function IslandShapes({ shapes }: { shapes: { archipelago: Archipelago; d: string }[] }) {
  const { t } = useTranslation('partners');
  return (
    <>
      {shapes.map(({ archipelago, d }) => (
        <path
          key={archipelago}
          d={d}
          className="partners-map__country partners-map__country--VN partners-map__islets"
          data-archipelago={archipelago}
        >
          <title>{oneLine(t(islandKey(archipelago)))}</title>
        </path>
      ))}
    </>
  );
}

/** The marks and labels, drawn above the connectors so no line hides them. */
export function IslandMarks({
  archipelagos,
  labels,
  fontSize,
}: {
  archipelagos: ProjectedArchipelago[];
  labels: ReadonlyMap<string, PlacedLabel>;
  fontSize: number;
}) {
  const { t } = useTranslation('partners');
  const sea = labels.get('sea');
  return (
    <g className="partners-map__islands">
      {archipelagos.map((a) => {
        const name = t(islandKey(a.archipelago));
        const label = labels.get(`islands:${a.archipelago}`);
        return (
          <g key={a.archipelago} data-archipelago={a.archipelago} role="img" aria-label={oneLine(name)}>
            {a.marks.map(([x, y], i) => (
              <circle
                key={i}
                className="partners-map__country partners-map__country--VN partners-map__islet"
                cx={x}
                cy={y}
                r={ISLET_R}
              />
            ))}
            {label && (
              <LabelText
                label={label}
                text={name}
                fontSize={fontSize}
                className="partners-map__island-label"
              />
            )}
          </g>
        );
      })}
      {sea && (
        <LabelText
          label={sea}
          text={t('islands.sea')}
          fontSize={fontSize}
          className="partners-map__sea-label"
        />
      )}
    </g>
  );
}

const oneLine = (text: string) => text.replace(/\n/g, ' ');

function LabelText({
  label,
  text,
  fontSize,
  className,
}: {
  label: PlacedLabel;
  text: string;
  fontSize: number;
  className: string;
}) {
  const lines = text.split('\n');
  const step = fontSize * LINE_HEIGHT;
  const first = label.y - ((lines.length - 1) * step) / 2;
  return (
    <text
      className={className}
      x={label.x}
      y={first}
      textAnchor={label.anchor}
      dominantBaseline="central"
      fontSize={fontSize}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={label.x} y={first + i * step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

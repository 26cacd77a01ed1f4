import type { Lang } from '@/lib/url/lang';
import { useCountryName } from '../hooks/use-country-name';
import { backdropName } from '../utils/country-names';
import type { InsetCode, MapLayout } from '../utils/map-layout';
import { INSETS, type CountryShape, type IslandShape } from '../utils/map-scene';
import { IslandShapes } from './island-layer';

/** One rounded clip per inset, so land stops at the inset's frame. */
export function InsetClips({ layout }: { layout: MapLayout }) {
  return (
    <defs>
      {INSETS.map((code) => {
        const b = layout.insets[code];
        return (
          <clipPath key={code} id={`partners-clip-${code}`}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />
          </clipPath>
        );
      })}
    </defs>
  );
}

interface MapInsetProps {
  code: InsetCode;
  layout: MapLayout;
  countries: CountryShape[];
  /** Vietnam's archipelagos (only in its inset). */
  islands: IslandShape[];
  lang: Lang;
}

/** An inset: sea, the country among its neighbours (each titled with its name), frame and title. */
export function MapInset({ code, layout, countries, islands, lang }: MapInsetProps) {
  const country = useCountryName(lang);
  const b = layout.insets[code];
  return (
    <g className="partners-map__inset">
      <g clipPath={`url(#partners-clip-${code})`}>
        <rect className="partners-map__sea" x={b.x} y={b.y} width={b.width} height={b.height} />
        {countries.map(({ d, feature: f }) => (
          <path
            key={f.properties.name}
            d={d}
            className={
              f.properties.code
                ? `partners-map__country partners-map__country--${code}`
                : 'partners-map__land'
            }
            data-country={f.properties.code ?? undefined}
          >
            <title>{f.properties.code ? country(code) : backdropName(f.properties.name, lang)}</title>
          </path>
        ))}
        {code === 'VN' && <IslandShapes shapes={islands} />}
      </g>
      <rect
        className="partners-map__frame"
        x={b.x + 0.5}
        y={b.y + 0.5}
        width={b.width - 1}
        height={b.height - 1}
        rx={6}
      />
      <text className="partners-map__inset-title" x={b.x + 10} y={b.y + 20}>
        {country(code)}
      </text>
    </g>
  );
}

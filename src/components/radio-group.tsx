import './radio-group.css';

export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: { value: T; label: string; disabled?: boolean }[];
  value: T;
  onChange: (value: T) => void;
}

/** A segmented set of native radio buttons (arrow keys move between them). */
export function RadioGroup<T extends string>({ name, legend, options, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset className="segmented-fieldset">
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label
            key={o.value}
            className={`segment${o.value === value ? ' is-checked' : ''}${o.disabled ? ' is-disabled' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

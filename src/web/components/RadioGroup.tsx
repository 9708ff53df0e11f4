import { type ReactNode, useId } from "react";
import "./components.css";

export type RadioOption<T extends string> = { value: T; label: ReactNode; description?: string };

type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T | "";
  onChange: (value: T) => void;
  hint?: string;
  error?: string | undefined;
  /** Lay short options out in a row on wide screens. */
  inline?: boolean;
};

/** Native radios in a fieldset: arrow keys, labels and grouping come for free. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  inline = false,
}: RadioGroupProps<T>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`radio-group${error ? " radio-group--invalid" : ""}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className={`radio-group__options${inline ? " radio-group__options--inline" : ""}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={optionId}>
                <span className="radio__label">{option.label}</span>
                {option.description ? (
                  <span className="radio__description">{option.description}</span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

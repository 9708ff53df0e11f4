import { type InputHTMLAttributes, useId } from "react";
import "./components.css";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> & {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  /** The contract's limit: shown as a counter and enforced by the input. */
  maxLength?: number;
  showCounter?: boolean;
};

export function TextField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  maxLength,
  showCounter = false,
  type = "text",
  id,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? `${name}-${autoId}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const counterId = showCounter && maxLength ? `${inputId}-counter` : undefined;
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...rest}
        id={inputId}
        name={name}
        type={type}
        className="field__input"
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="field__after">
        {error ? (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        ) : (
          <span />
        )}
        {counterId && maxLength ? (
          <CharacterCounter id={counterId} length={value.length} max={maxLength} />
        ) : null}
      </div>
    </div>
  );
}

export function CharacterCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * 0.9;
  return (
    <p className={`field__counter${near ? " field__counter--near" : ""}`} id={id}>
      <span className="visually-hidden">Characters used: </span>
      {length} / {max}
    </p>
  );
}

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Link, type LinkProps } from "react-router";
import "./components.css";

type Variant = "primary" | "secondary" | "quiet" | "danger";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** Shows a calm "working" state and stops double submits. */
  busy?: boolean;
  busyLabel?: string;
  children: ReactNode;
};

export function Button({
  variant = "primary",
  busy = false,
  busyLabel,
  className,
  children,
  disabled,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={`button button--${variant}${className ? ` ${className}` : ""}`}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

/** A link that looks like a button, for navigation actions. */
export function ButtonLink({
  variant = "primary",
  className,
  ...rest
}: LinkProps & { variant?: Variant }) {
  return (
    <Link {...rest} className={`button button--${variant}${className ? ` ${className}` : ""}`} />
  );
}

import { forwardRef, type ReactNode } from "react";
import "./components.css";

type Tone = "info" | "success" | "error";

type AlertProps = { tone?: Tone; title?: string; children: ReactNode; live?: boolean };

/**
 * A message box. Errors use role="alert" so they are announced at once;
 * calmer messages use role="status".
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = "info", title, children, live = true },
  ref,
) {
  const role = !live ? undefined : tone === "error" ? "alert" : "status";
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={role} tabIndex={-1}>
      {title ? <p className="alert__title">{title}</p> : null}
      <div className="alert__body">{children}</div>
    </div>
  );
});

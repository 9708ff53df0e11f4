import type { ReactNode } from "react";
import "./components.css";

type CardProps = {
  children: ReactNode;
  /** Render as a <section> with this heading, at this level. */
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
  id?: string;
};

export function Card({ children, title, headingLevel = 2, className, id }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = id ? `${id}-heading` : undefined;
  if (!title) return <div className={`card${className ? ` ${className}` : ""}`}>{children}</div>;
  return (
    <section
      className={`card${className ? ` ${className}` : ""}`}
      aria-labelledby={headingId}
      id={id}
    >
      <Heading className="card__title" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

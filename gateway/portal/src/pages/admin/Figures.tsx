import { ReactNode } from 'react';

/** A few headline figures, each named: the numbers a reader looks for before any chart. */
export function Figures({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="figures">
      {items.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

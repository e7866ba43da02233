import { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

export interface TableProps<T> {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  empty: string;
  rowKey: (row: T) => string;
}

/** A plain accessible table of rows, or a sentence when there are none. */
export function Table<T>({ caption, rows, columns, empty, rowKey }: TableProps<T>) {
  if (rows.length === 0) {
    return <p>{empty}</p>;
  }
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.header}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Query results as a real table: one row per record, graph elements shown by their label or type. */
import type { CypherResponse } from '../../../model/api';
import { describe } from '../../core/cypher/describe-value';

export function ResultsTable({ response }: { response: CypherResponse }) {
  if (response.rows.length === 0) return <p className="muted">No rows.</p>;
  return (
    <div className="table-scroll">
      <table className="results-table">
        <caption className="visually-hidden">Query results</caption>
        <thead>
          <tr>
            <th scope="col" className="row-number">
              #
            </th>
            {response.columns.map((column) => (
              <th
                key={column}
                scope="col"
                className={typeof response.rows[0]?.[column] === 'number' ? 'numeric' : undefined}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {response.rows.map((row, index) => (
            <tr key={index}>
              <td className="row-number">{index + 1}</td>
              {response.columns.map((column) => {
                const value = row[column];
                return (
                  <td key={column} className={typeof value === 'number' ? 'numeric' : undefined}>
                    {describe(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import type { PlanOperator, Summary } from '../../../neo4j/database';
import { planRefusal } from '../../../src/server/console/plan-gate';

const op = (operator: string, details = '', children: PlanOperator[] = []): PlanOperator => ({
  operator,
  details,
  children,
});
const summary = (plan: PlanOperator, queryType = 'r'): Summary => ({ queryType, counters: {}, plan });

describe('console plan gate', () => {
  it('accepts a read plan with allowed procedures and functions', () => {
    const plan = op('ProduceResults', 'label', [
      op('Projection', 'point.distance(a, b) AS d'),
      op('ProcedureCall', 'db.labels() :: (label :: STRING)'),
    ]);
    expect(planRefusal(summary(plan))).toBeUndefined();
  });

  it.each([
    ['rw', 'write_query'],
    ['w', 'write_query'],
    ['s', 'write_query'],
  ])('refuses query type %s', (queryType, code) => {
    expect(planRefusal(summary(op('ProduceResults'), queryType))?.code).toBe(code);
  });

  it.each([
    [op('LoadCSV', 'row'), 'load_csv'],
    [op('TransactionApply', 'IN TRANSACTIONS OF 1000 ROWS ON ERROR FAIL'), 'in_transactions'],
    [op('TransactionForeach', 'IN TRANSACTIONS OF 1000 ROWS'), 'in_transactions'],
    [op('ShowTransactions', 'defaultColumns, allTransactions'), 'administration'],
    [op('TerminateTransactions', 'transactions(x)'), 'administration'],
    [op('ProcedureCall', 'db.stats.clear() :: (section :: STRING)'), 'procedure_not_allowed'],
    [op('ProcedureCall', 'db.labels(apoc.util.sleep($x)) :: (label :: STRING)'), 'function_not_allowed'],
    [op('Projection', 'apoc.text.join($list, $sep) AS x'), 'function_not_allowed'],
  ])('refuses a plan with %o', (operator, code) => {
    expect(planRefusal(summary(op('ProduceResults', '', [operator])))?.code).toBe(code);
  });
});

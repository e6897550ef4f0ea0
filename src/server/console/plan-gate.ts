/**
 * The console's second check, on Neo4j's own plan for the query (EXPLAIN): only read queries
 * (`queryType === 'r'`), and none of the operators that load files, commit in batches, administer, or call
 * a procedure or namespaced function that is not allow-listed. Unlike the text check it cannot be fooled by
 * how the query is spelled: these are the operators Neo4j would run.
 */
import type { PlanOperator, Summary } from '../../../neo4j/database';
import { ALLOWED_FUNCTIONS, ALLOWED_PROCEDURES } from './allow-list';
import type { Refusal } from './lexical-gate';

const QUALIFIED_CALL = /([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)\s*\(/g;

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

function checkOperator(op: PlanOperator): Refusal | undefined {
  if (op.operator === 'LoadCSV') {
    return { code: 'load_csv', message: 'LOAD CSV is not allowed in the console.' };
  }
  if (op.operator.startsWith('Transaction')) {
    return { code: 'in_transactions', message: 'CALL { … } IN TRANSACTIONS is not allowed in the console.' };
  }
  if (/^(Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Assert)/.test(op.operator)) {
    return { code: 'administration', message: `${op.operator} is not allowed in the console.` };
  }
  let details = op.details;
  if (op.operator === 'ProcedureCall') {
    const name = details.slice(0, details.indexOf('(')).trim();
    if (!ALLOWED_PROCEDURES.has(name)) {
      return { code: 'procedure_not_allowed', message: `Procedure ${name} is not allowed in the console.` };
    }
    details = details.slice(details.indexOf('(') + 1);
  }
  for (const match of details.matchAll(QUALIFIED_CALL)) {
    const name = match[1] ?? '';
    if (!ALLOWED_FUNCTIONS.has(name) && !ALLOWED_PROCEDURES.has(name)) {
      return { code: 'function_not_allowed', message: `Function ${name} is not allowed in the console.` };
    }
  }
  return undefined;
}

/**
 * The reason to refuse a query whose EXPLAIN gave `summary`, or undefined for an allowed read.
 *
 * @example
 * planRefusal(await db.explain(query)); // undefined for MATCH (n) RETURN n
 */
export function planRefusal(summary: Summary): Refusal | undefined {
  if (summary.queryType !== 'r') {
    const kind = { rw: 'reads and writes', w: 'writes', s: 'changes the schema or administers' }[
      summary.queryType
    ];
    return {
      code: 'write_query',
      message: `The console only runs read queries; this one ${kind ?? `has query type '${summary.queryType}'`}.`,
    };
  }
  if (!summary.plan) return undefined;
  for (const op of operators(summary.plan)) {
    const refusal = checkOperator(op);
    if (refusal) return refusal;
  }
  return undefined;
}

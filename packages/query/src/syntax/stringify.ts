import { checkParsedQuery } from '../check-arguments';
import type { FilterNode, ParsedQuery, QueryNode } from './ast';

const year = (value: number) => String(value).padStart(4, '0');

function filterValue(node: FilterNode): string {
  if (node.field === 'year')
    return node.from === node.to ? year(node.from) : `${year(node.from)}..${year(node.to)}`;
  return /\s/.test(node.value) ? `"${node.value}"` : node.value;
}

function stringifyNode(node: QueryNode): string {
  if (node.kind === 'filter') return `${node.field}:${filterValue(node)}`;
  const text = node.kind === 'phrase' ? `"${node.text}"` : node.text;
  return node.exclude ? `-${text}` : text;
}

/**
 * Writes a syntax tree back as a query line in its canonical spelling (single spaces, lower-case field
 * names, a phrase or value quoted only when it needs to be), so `parseQuery(stringifyQuery(q))` equals `q`
 * for every tree `parseQuery` returns.
 */
export function stringifyQuery(parsed: ParsedQuery): string {
  checkParsedQuery('stringifyQuery: the parsed query', parsed);
  return parsed.nodes.map(stringifyNode).join(' ');
}

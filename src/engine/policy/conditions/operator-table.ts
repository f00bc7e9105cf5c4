import { ARN_OPERATORS } from './arn-operators.ts'
import type { BaseOperator } from './base-operator.ts'
import { BINARY_OPERATORS } from './binary-operator.ts'
import { BOOL_OPERATORS } from './bool-operator.ts'
import { DATE_OPERATORS } from './date-operators.ts'
import { IP_ADDRESS_OPERATORS } from './ip-address-operators.ts'
import { NULL_OPERATOR } from './null-operator.ts'
import { NUMERIC_OPERATORS } from './numeric-operators.ts'
import { STRING_OPERATORS } from './string-operators.ts'

/** Every comparing operator by its exact IAM name (a Map, so `constructor` or `__proto__` find nothing). */
export const BASE_OPERATORS: ReadonlyMap<string, BaseOperator> = new Map(
  [...STRING_OPERATORS, ...NUMERIC_OPERATORS, ...DATE_OPERATORS, ...BOOL_OPERATORS, ...BINARY_OPERATORS, ...IP_ADDRESS_OPERATORS, ...ARN_OPERATORS].map(
    (operator) => [operator.name, operator],
  ),
)

/** The base operator names (no set prefix, no IfExists suffix), for editors and validation. */
export const CONDITION_OPERATORS: readonly string[] = [...BASE_OPERATORS.keys(), NULL_OPERATOR]

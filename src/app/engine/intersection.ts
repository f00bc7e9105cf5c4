// The policy-intersection grid's layers in AWS's order of evaluation, for the #/policies view's
// columns (the types come through types.ts; the grid itself through the queries in queries.ts).
export { GRID_LAYERS } from '../../engine/index.ts'

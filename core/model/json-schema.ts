import { z } from 'zod';
import { OrderSchema } from './order';

// The JSON Schema of a stored order, for people and tools outside the extension (exports,
// bug reports, a future server). A stored order is what `OrderSchema.parse` returned, so the
// schema describes the output side: defaults filled in, enum values in Amazon's canonical case.
// Refinements (real calendar days, an id present) have no JSON Schema form and are left out.

export const ORDER_JSON_SCHEMA_ID = 'https://mcf-desk.invalid/schemas/order.json';

export function orderJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OrderSchema, { io: 'output', unrepresentable: 'any' }),
    $id: ORDER_JSON_SCHEMA_ID,
    title: 'MCF Desk stored order',
  };
}

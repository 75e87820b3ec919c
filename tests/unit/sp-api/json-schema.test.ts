import { describe, expect, it } from 'vitest';
import { orderJsonSchema } from '../../../core/model/json-schema';

describe('orderJsonSchema', () => {
  it('generates the JSON Schema of a stored order', () => {
    const schema = orderJsonSchema() as {
      type: string;
      required: string[];
      properties: Record<string, { enum?: string[]; type?: string }>;
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['marketplace', 'purpose', 'items', 'shipments', 'provenance']),
    );
    expect(schema.properties.fulfillmentOrderStatus?.enum).toContain('Processing');
    expect(schema.properties.estimatedArrivalDate?.type).toBe('string');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A data-* attribute named for a person that holds a JSON object (`data-recipient='{…}'`) is no
// name: taken as one, its street's and town's words were chased everywhere ("Straße", "Postale",
// "Bologna"). Its lines are chased whole instead, its town with its postcode
// (core/capture/redaction/json-values.ts). From blind pages c12-it-scala-interno-firma,
// c12-it-reso-casella-postale-presso and c12-de-oesterreich-stiege-top; here an English page.

const URL = 'https://sellercentral.amazon.co.uk/orders-v3/order/202-1234567-7654321';

describe('a JSON object in a personal attribute', () => {
  it("chases its lines whole, not its street's words (en)", async () => {
    const page = await bodyOf(
      URL,
      'en',
      `<div data-recipient='{"name":"Alice Moreno","line2":"Block 4, Floor 2","postcode":"10115","city":"Berlin"}'>
         <p>Block 4, Floor 2</p><p>10115 Berlin</p></div>
       <p>Floor lamp, Block print shade</p>
       <p>Dispatched from Berlin</p>`,
    );
    expect(page).not.toContain('Alice Moreno');
    expect(page).not.toContain('Block 4, Floor 2');
    expect(page).not.toContain('10115 Berlin');
    expect(page).toContain('Floor lamp, Block print shade');
    expect(page).toContain('Dispatched from Berlin');
  });

  // A guard rather than the cause: the object's words in capitals used to catch this line.
  it('chases a street with ß as a label in capitals writes it (en)', async () => {
    const page = await bodyOf(
      URL,
      'en',
      `<div data-recipient='{"name":"Alice Moreno","street":"Hafenstraße 3"}'></div>
       <pre>ALICE MORENO
HAFENSTRASSE 3</pre>`,
    );
    expect(page).not.toContain('HAFENSTRASSE 3');
  });
});

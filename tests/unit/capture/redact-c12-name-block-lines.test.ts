import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A block a name's label announces may go on with the address ("Marta Genova" / "presso …" /
// "Casella Postale 77"): the whole block is replaced, but only its lines before the address are
// chased as the name, or "Postale" and the town went from every line that says them
// (core/capture/redaction/planned-writes.ts). From blind page c12-it-reso-casella-postale-presso;
// here a German heading over a div.

describe("a name's block that holds the address", () => {
  it("chases the name, not the address's words (de)", async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<section><h3>Empfänger</h3><div>Jonas Weber<br>Postfach 4711<br>80331 München</div></section>
       <p>Postfach-Zustellung nur mit DHL</p>
       <p>Hallo Jonas Weber, danke!</p>`,
    );
    expect(page).not.toContain('Jonas Weber');
    expect(page).not.toContain('Postfach 4711');
    expect(page).toContain('Postfach-Zustellung nur mit DHL');
  });
});

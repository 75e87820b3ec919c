import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An inbox's list of buyers, once one of them is a removed name, names a person in every item
// (core/capture/redaction/later-names.ts). The open item adds a state class of its own
// (`class="conv selected"` above `class="conv"`), and the list may write the removed name
// shortened ("M. O’Donnell-Hale"). From blind page c9-de-nachricht-iframe-anhang; here an English
// list of links.

const BUYER = '<dl><dt>Buyer name</dt><dd>Margaret O’Donnell-Hale</dd></dl>';

describe('a list of buyers around the open one', () => {
  it('replaces the other buyers when the open item has a class of its own (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/messaging/inbox',
      'en',
      `${BUYER}<nav><a class="conv selected" href="#"><strong>Margaret O’Donnell-Hale</strong> <span>Yesterday</span></a>
       <a class="conv" href="#"><strong>Priyanka Venkataraman</strong> <span>2 Dec</span></a>
       <a class="conv" href="#"><strong>Tobias Wetherby</strong> <span>1 Dec</span></a></nav>`,
    );
    expect(page).not.toContain('Venkataraman');
    expect(page).not.toContain('Wetherby');
    expect(page).toContain('Yesterday');
    expect(page).toContain('2 Dec');
  });

  it('knows the removed name shortened to an initial (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/messaging/inbox',
      'en',
      `${BUYER}<nav><a class="conv" href="#"><strong>M. O’Donnell-Hale</strong> <span>Yesterday</span></a>
       <a class="conv" href="#"><strong>Priyanka Venkataraman</strong> <span>2 Dec</span></a>
       <a class="conv" href="#"><strong>Tobias Wetherby</strong> <span>1 Dec</span></a></nav>`,
    );
    expect(page).not.toContain('Venkataraman');
    expect(page).not.toContain('Wetherby');
    expect(page).toContain('1 Dec');
  });
});

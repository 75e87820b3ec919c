import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { hidingRules, serializeNode, serializePage } from '../../../core/capture/serialize';
import { OWN_UI_TAG } from '../../../core/page/text';
import { loadPage } from '../page/load-fixture';

// The page written back as the reader sees it, with nothing that runs or loads.

const URL = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
const page = async (body: string, head = '') =>
  (await loadPage(`<html lang="fr"><head>${head}</head><body>${body}</body></html>`, URL)).document;

describe('serializePage', () => {
  it('writes open shadow roots as declarative shadow DOM, first in their host, and keeps custom elements', async () => {
    const doc = await page(
      '<kat-box id="b"><template shadowrootmode="open"><h4>Package 1</h4><slot></slot></template><span>UPS</span></kat-box>',
    );
    const html = serializePage(doc);
    expect(html).toContain(
      '<kat-box id="b"><template shadowrootmode="open"><h4>Package 1</h4><slot></slot></template><span>UPS</span></kat-box>',
    );
    // Parsed again (with shadow roots attached as Chromium does), it shows the same shadow root.
    const again = await loadPage(html, URL);
    expect(again.document.querySelector('kat-box')?.shadowRoot?.querySelector('h4')?.textContent).toBe(
      'Package 1',
    );
  });

  it('removes scripts, frames, plugins, handlers and javascript: URLs', async () => {
    const doc = await page(
      `<script>alert(1)</script><iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">
       <noscript><img src="https://t.example/p.gif"></noscript>
       <a href=" JaVaScRiPt:alert(1)" onclick="steal()" title="ok">link</a><img src="https://cdn.example/i.jpg" onerror="x()" alt="photo">
       <kat-link href="javascript&colon;alert(1)"></kat-link><form action="javascript:void 0"><button formaction="&#106;avascript:alert(2)">b</button></form>
       <input type="hidden" name="csrf" value="SECRET-TOKEN">`,
      '<link rel="stylesheet" href="https://cdn.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
    );
    const html = serializePage(doc);
    for (const gone of [
      '<script',
      'alert(1)',
      '<iframe',
      '<object',
      '<embed',
      '<noscript',
      'onclick',
      'onerror',
      'steal',
      'javascript',
      'evil.example',
      'cdn.example',
      't.example',
      'SECRET-TOKEN',
      '<link',
      '<base',
      'refresh',
    ])
      expect(html.toLowerCase()).not.toContain(gone.toLowerCase());
    expect(html).toContain('<a title="ok">link</a>');
    expect(html).toContain('<img alt="photo">');
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('removes SVG animations and SVG loads', async () => {
    const doc = await page(
      `<svg><a><animate attributeName="href" values="javascript:alert(1)"></animate><text>t</text></a>
       <image href="https://img.example/a.png"></image><use href="#icon"></use></svg>`,
    );
    const html = serializePage(doc);
    expect(html).not.toContain('animate');
    expect(html).not.toContain('javascript');
    expect(html).not.toContain('img.example');
    expect(html).toContain('<use href="#icon">');
  });

  it('escapes text and attribute values', async () => {
    const doc = await page(
      '<p title="a &quot;b&quot; <c> &amp; d">&lt;img src=x onerror=alert(1)&gt; &amp; </p>',
    );
    const html = serializePage(doc);
    expect(html).toContain(
      '<p title="a &quot;b&quot; &lt;c&gt; &amp; d">&lt;img src=x onerror=alert(1)&gt; &amp; </p>',
    );
    const again = await loadPage(html, URL);
    expect(again.document.querySelector('img')).toBeNull();
    expect(again.document.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)> & ');
  });

  it('leaves MCF Desk’s own overlay out', async () => {
    const doc = await page(`<${OWN_UI_TAG}><span>Réclamation possible</span></${OWN_UI_TAG}><p>page</p>`);
    const host = doc.querySelector(OWN_UI_TAG)!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div>overlay text</div>';
    const html = serializePage(doc);
    expect(html).not.toContain(OWN_UI_TAG);
    expect(html).not.toContain('overlay text');
    expect(html).not.toContain('Réclamation');
    expect(html).toContain('<p>page</p>');
  });

  it('keeps only the inline styles and attributes that decide visibility', async () => {
    const doc = await page(
      '<div style="display:none; color:red; background:url(https://x.example/a.png); width: 10px" hidden aria-hidden="true">x</div>',
    );
    const html = serializePage(doc);
    expect(html).toContain('<div hidden="" aria-hidden="true" style="display:none;width:10px">x</div>');
  });

  it('keeps the hiding rules of stylesheets and drops the rest', async () => {
    const doc = await page(
      '<p class="gone">x</p>',
      `<style>@import url(https://x.example/a.css); .gone { display: none } p { color: red }
       .ghost{visibility:hidden;color:blue} @media print { .screen-only { display:none } }
       @supports (display:grid) { .old { display: none !important } } /* a } comment */ .x > .y{display:none}</style>`,
    );
    const html = serializePage(doc);
    expect(html).toContain('<style>');
    expect(hidingRules('.gone { display: none } p { color: red }')).toBe('.gone{display:none}');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style.split('\n').sort()).toEqual(
      [
        '.gone{display:none}',
        '.ghost{visibility:hidden}',
        '.old{display:none}',
        '.x > .y{display:none}',
      ].sort(),
    );
    expect(style).not.toContain('x.example');
  });

  it('turns computed hiddenness into inline styles when given getComputedStyle, and drops stylesheets', async () => {
    const doc = await page(
      '<p class="a">shown</p><p class="b">hidden</p><p class="c">invisible</p>',
      '<style>.b{display:none}</style>',
    );
    const html = serializePage(doc, {
      getComputedStyle: (el) =>
        el.classList.contains('b')
          ? { display: 'none', visibility: 'visible' }
          : el.classList.contains('c')
            ? { display: 'block', visibility: 'hidden' }
            : { display: 'block', visibility: 'visible' },
    });
    expect(html).not.toContain('<style>');
    expect(html).toContain('<p class="a">shown</p>');
    expect(html).toContain('<p class="b" style="display:none">hidden</p>');
    expect(html).toContain('<p class="c" style="visibility:hidden">invisible</p>');
  });

  it('drops comments, so that page text can never end a comment of ours', async () => {
    const doc = await page('<!-- secret --><p>a</p><!-- --> -->');
    expect(serializePage(doc)).not.toContain('secret');
    expect(serializePage(doc)).not.toContain('<!--');
  });

  it('serializes 5,000 nested levels without recursion', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    let parent: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const child = doc.createElement(i % 2 ? 'div' : 'kat-box');
      parent.appendChild(child);
      if (i % 1000 === 0) {
        const shadow = child.attachShadow({ mode: 'open' });
        shadow.appendChild(doc.createElement('slot'));
      }
      parent = child;
    }
    parent.textContent = 'deep';
    const html = serializePage(doc);
    expect(html).toContain('deep');
    expect(html.match(/<div>/g)).toHaveLength(2500);
    expect(serializeNode(doc.body)).toContain('deep');
  });
});

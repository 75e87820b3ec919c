import { describe, expect, it } from 'vitest';
import {
  BRIDGE_TAG,
  isSameWindowMessage,
  parseBridgeReply,
  parseBridgeRequest,
} from '../../../core/return-form/bridge';

const id = '0123456789abcdef';
const op = {
  fieldId: 'comment#0',
  role: 'comment',
  kind: 'textarea',
  label: 'Commentaires',
  context: '',
  value: 'x',
};

describe('the window bridge between our two worlds', () => {
  it('accepts our own requests and replies', () => {
    expect(parseBridgeRequest({ tag: BRIDGE_TAG, to: 'main', id, op: 'read' })).not.toBeNull();
    expect(
      parseBridgeRequest({ tag: BRIDGE_TAG, to: 'main', id, op: 'fill', operations: [op] }),
    ).not.toBeNull();
    expect(parseBridgeReply({ tag: BRIDGE_TAG, to: 'isolated', id, outcomes: [] })).not.toBeNull();
  });

  it('refuses look-alikes: another tag, the other direction, a bad operation, an oversized value', () => {
    expect(parseBridgeRequest({ tag: 'other', to: 'main', id, op: 'read' })).toBeNull();
    expect(parseBridgeRequest({ tag: BRIDGE_TAG, to: 'isolated', id, op: 'read' })).toBeNull();
    expect(parseBridgeRequest({ tag: BRIDGE_TAG, to: 'main', id, op: 'submit' })).toBeNull();
    expect(
      parseBridgeRequest({
        tag: BRIDGE_TAG,
        to: 'main',
        id,
        op: 'fill',
        operations: [{ ...op, role: 'submit' }],
      }),
    ).toBeNull();
    expect(
      parseBridgeRequest({
        tag: BRIDGE_TAG,
        to: 'main',
        id,
        op: 'fill',
        operations: [{ ...op, value: 'x'.repeat(5001) }],
      }),
    ).toBeNull();
    expect(parseBridgeReply({ tag: BRIDGE_TAG, to: 'main', id, outcomes: [] })).toBeNull();
    expect(parseBridgeReply('{"tag":"mcf-desk/return-form/1"}')).toBeNull();
  });

  it('listens only to its own window and origin', () => {
    const own = { window: {}, origin: 'https://sellercentral.amazon.fr' };
    expect(isSameWindowMessage({ source: own.window as Window, origin: own.origin }, own)).toBe(true);
    expect(isSameWindowMessage({ source: {} as Window, origin: own.origin }, own)).toBe(false);
    expect(isSameWindowMessage({ source: own.window as Window, origin: 'https://evil.example' }, own)).toBe(
      false,
    );
  });
});

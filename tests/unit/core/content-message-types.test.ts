import { describe, expect, it } from 'vitest';
import { contentMessages } from '../../../core/messages/content';
import { CONTENT_MESSAGE_TYPES } from '../../../core/messages/content-types';

describe('CONTENT_MESSAGE_TYPES', () => {
  it('names exactly the messages of the content message table (the loader forwards these)', () => {
    expect([...CONTENT_MESSAGE_TYPES].sort()).toEqual(Object.keys(contentMessages).sort());
  });
});

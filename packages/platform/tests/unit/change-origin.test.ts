import { originOfEvent, originOfRequest } from '../../src/messaging/change-origin';

describe('where a change came from', () => {
  it('starts a correlation at a request', () => {
    expect(originOfRequest({ requestId: 'req-1' })).toEqual({ correlationId: 'req-1', causationId: null });
  });

  it('keeps the correlation of the event it reacts to and names that event as the cause', () => {
    expect(originOfEvent({ id: 'evt-2', correlationId: 'req-1' })).toEqual({ correlationId: 'req-1', causationId: 'evt-2' });
  });
});

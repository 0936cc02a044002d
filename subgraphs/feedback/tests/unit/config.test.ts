import { ConfigError } from '@foodgraph/platform/config';
import { DEFAULT_FEEDBACK_CONFIG, readFeedbackConfig } from '../../src/config';

describe('feedback config', () => {
  it('defaults to port 4005 on 127.0.0.1', () => {
    expect(readFeedbackConfig({})).toEqual(DEFAULT_FEEDBACK_CONFIG);
    expect(DEFAULT_FEEDBACK_CONFIG).toMatchObject({ port: 4005, host: '127.0.0.1' });
  });

  it('reads PORT, HOST and OUTBOX_POLL_INTERVAL and names a bad variable', () => {
    expect(readFeedbackConfig({ PORT: '0', HOST: '0.0.0.0', OUTBOX_POLL_INTERVAL: '1s' })).toEqual({
      port: 0,
      host: '0.0.0.0',
      outboxPollMs: 1000,
    });
    expect(() => readFeedbackConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readFeedbackConfig({ OUTBOX_POLL_INTERVAL: '0' })).toThrow(ConfigError);
  });
});

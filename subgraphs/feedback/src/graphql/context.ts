import type { RequestContext } from '@foodgraph/platform/graphql';
import type { FeedbackServices } from '../services/feedback-services';
import type { FeedbackLoaders } from './loaders';

/** What the feedback resolvers get on top of the verified base context. */
export interface FeedbackContext extends RequestContext {
  services: FeedbackServices;
  loaders: FeedbackLoaders;
}

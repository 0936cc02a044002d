import { FeedbackSchema1763900000000 } from './1763900000000-feedback-schema';
import { OrderFactsCorrelation1765300000000 } from './1765300000000-order-facts-correlation';

/** The feedback subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const feedbackMigrations = [FeedbackSchema1763900000000, OrderFactsCorrelation1765300000000];

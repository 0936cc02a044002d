import { disposeLeftovers } from '../src/leftovers';

// Runs after each test file of the integration project: stops what its tests left running.
afterAll(disposeLeftovers);

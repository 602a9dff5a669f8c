import { setupServer } from 'msw/node';
import { datasetHandlers } from './dataset-handlers.ts';

export const server = setupServer(...datasetHandlers);

import { setupServer } from 'msw/node';
import { datasetHandlers } from './dataset-handlers';

export const server = setupServer(...datasetHandlers);

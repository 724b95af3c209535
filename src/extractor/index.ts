export * from './types';
export { extract } from './extract';

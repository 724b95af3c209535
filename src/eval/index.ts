export * from './gold';
export * from './score';
export * from './spans';
export * from './report';
export * from './corpus';

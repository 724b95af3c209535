export * from './model';
export * from './codePoints';
export * from './approx';
export * from './anchor';
export * from './track';
export * from './merge';
export * from './format';
export * from './report';

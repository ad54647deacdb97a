export * from './schema';
export * from './open';
export * from './repository';
export { allOrNothing, messageOf, type QueueWrite } from './transaction';

export { connectivityFailure } from './connectivity';

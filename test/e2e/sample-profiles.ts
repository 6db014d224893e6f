export { BRUDZEW, BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';

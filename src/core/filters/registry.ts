/** Every clean-up filter, in the order they run. Add a filter here and in its own file. */
import type { Filter } from './filter';

export const filters: readonly Filter[] = [];

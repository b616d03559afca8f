export { KostraError, type KostraProblem, type KostraDimensionRole } from './problem.js';
export { readJsonStat, cellIndex, cellAt, type JsonStatDataset, type JsonStatDimension, type Cell } from './json-stat.js';
export { toBudget, type ToBudgetOptions } from './to-budget.js';
export { SERVICE_AREAS, OTHER_AREA, serviceAreaOf, type ServiceArea } from './service-areas.js';
export { kostraQuery } from './query.js';

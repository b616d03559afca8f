/**
 * The all-in-one entry: importing it registers every kommune widget.
 * Loading it twice on one page (or next to a single widget's bundle) throws nothing.
 */
export * from '@kommune-widgets/participation-ladder';
export * from '@kommune-widgets/budget-pie';
export * from '@kommune-widgets/meeting-calendar';
export * from '@kommune-widgets/hate-report';
export * from '@kommune-widgets/pledge';
export { VERSION } from '@kommune-widgets/core';

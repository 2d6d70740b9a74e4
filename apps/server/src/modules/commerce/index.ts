export { orderImportTargets, productImportTargets, writeOrderBatch, writeProductBatch } from './commerce.import.js';
export { commerceRoutes } from './commerce.routes.js';
export { orderTimelineSource } from './commerce.service.js';
export { commerceEventConsumer } from './commerce.events.js';
export { netRevenueSql } from './commerce.orders.js';
export { countBuyersSince, findOrderFacts, type OrderFacts } from './commerce.orders.js';

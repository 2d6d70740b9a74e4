export { ProductsPage } from './routes/ProductsPage';
export { validateProductsSearch } from './products-search';
export { ContactTraitsStrip } from './components/ContactTraitsStrip';
export { ContactOrdersCard } from './components/ContactOrdersCard';
export { OrderItems } from './components/OrderItems';

export { EventsPage } from './routes/EventsPage';
export { validateEventsSearch } from './catalog';

export { JourneysPage } from './routes/JourneysPage';
export { NewJourneyPage } from './routes/NewJourneyPage';
export { JourneyPage } from './routes/JourneyPage';
export { validateJourneysSearch } from './search';

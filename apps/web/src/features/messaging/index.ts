export { MessagesLayout } from './routes/MessagesLayout';
export { TemplatesPage } from './routes/TemplatesPage';
export { NewTemplatePage } from './routes/NewTemplatePage';
export { TemplatePage } from './routes/TemplatePage';
export { OutboxPage } from './routes/OutboxPage';
export { OutboxMessagePage } from './routes/OutboxMessagePage';
export { validateNewTemplateSearch, validateTemplatesSearch } from './search';

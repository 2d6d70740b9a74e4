export { MessagesLayout } from './routes/MessagesLayout';
export { TemplatesPage } from './routes/TemplatesPage';
export { NewTemplatePage } from './routes/NewTemplatePage';
export { TemplatePage } from './routes/TemplatePage';
export { OutboxPage } from './routes/OutboxPage';
export { OutboxMessagePage } from './routes/OutboxMessagePage';
export { MessagingSettingsPage } from './routes/SettingsPage';
export { validateNewTemplateSearch, validateTemplatesSearch } from './search';
// For lists of other features that send messages (campaigns).
export { ChannelBadge } from './components/ChannelBadge';

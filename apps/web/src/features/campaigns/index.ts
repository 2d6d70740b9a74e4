export { CampaignsPage } from './routes/CampaignsPage';
export { NewCampaignPage } from './routes/NewCampaignPage';
export { CampaignPage } from './routes/CampaignPage';
export { validateCampaignsSearch } from './search';

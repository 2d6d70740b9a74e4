import enAuth from './en/auth.json';
import enCommerce from './en/commerce.json';
import enCommon from './en/common.json';
import enCompanies from './en/companies.json';
import enContacts from './en/contacts.json';
import enEvents from './en/events.json';
import enFields from './en/fields.json';
import enImports from './en/imports.json';
import enMerge from './en/merge.json';
import enMessaging from './en/messaging.json';
import enCampaigns from './en/campaigns.json';
import enCoupons from './en/coupons.json';
import enJourneys from './en/journeys.json';
import enSegments from './en/segments.json';
import enModels from './en/models.json';
import enSettings from './en/settings.json';
import enTimeline from './en/timeline.json';
import enViews from './en/views.json';
import jaAuth from './ja/auth.json';
import jaCommerce from './ja/commerce.json';
import jaCommon from './ja/common.json';
import jaCompanies from './ja/companies.json';
import jaContacts from './ja/contacts.json';
import jaEvents from './ja/events.json';
import jaFields from './ja/fields.json';
import jaImports from './ja/imports.json';
import jaMerge from './ja/merge.json';
import jaMessaging from './ja/messaging.json';
import jaCampaigns from './ja/campaigns.json';
import jaCoupons from './ja/coupons.json';
import jaJourneys from './ja/journeys.json';
import jaSegments from './ja/segments.json';
import jaModels from './ja/models.json';
import jaSettings from './ja/settings.json';
import jaTimeline from './ja/timeline.json';
import jaViews from './ja/views.json';
import zhCNAuth from './zh-CN/auth.json';
import zhCNCommerce from './zh-CN/commerce.json';
import zhCNCommon from './zh-CN/common.json';
import zhCNCompanies from './zh-CN/companies.json';
import zhCNContacts from './zh-CN/contacts.json';
import zhCNEvents from './zh-CN/events.json';
import zhCNFields from './zh-CN/fields.json';
import zhCNImports from './zh-CN/imports.json';
import zhCNMerge from './zh-CN/merge.json';
import zhCNMessaging from './zh-CN/messaging.json';
import zhCNCampaigns from './zh-CN/campaigns.json';
import zhCNCoupons from './zh-CN/coupons.json';
import zhCNJourneys from './zh-CN/journeys.json';
import zhCNSegments from './zh-CN/segments.json';
import zhCNModels from './zh-CN/models.json';
import zhCNSettings from './zh-CN/settings.json';
import zhCNTimeline from './zh-CN/timeline.json';
import zhCNViews from './zh-CN/views.json';
import zhTWAuth from './zh-TW/auth.json';
import zhTWCommerce from './zh-TW/commerce.json';
import zhTWCommon from './zh-TW/common.json';
import zhTWCompanies from './zh-TW/companies.json';
import zhTWContacts from './zh-TW/contacts.json';
import zhTWEvents from './zh-TW/events.json';
import zhTWFields from './zh-TW/fields.json';
import zhTWImports from './zh-TW/imports.json';
import zhTWMerge from './zh-TW/merge.json';
import zhTWMessaging from './zh-TW/messaging.json';
import zhTWCampaigns from './zh-TW/campaigns.json';
import zhTWCoupons from './zh-TW/coupons.json';
import zhTWJourneys from './zh-TW/journeys.json';
import zhTWSegments from './zh-TW/segments.json';
import zhTWModels from './zh-TW/models.json';
import zhTWSettings from './zh-TW/settings.json';
import zhTWTimeline from './zh-TW/timeline.json';
import zhTWViews from './zh-TW/views.json';

/** Every translation, bundled statically so no language needs a network round trip. */
export const resources = {
  en: { common: enCommon, auth: enAuth, contacts: enContacts, settings: enSettings, companies: enCompanies, fields: enFields, timeline: enTimeline, views: enViews, imports: enImports, merge: enMerge, events: enEvents, commerce: enCommerce, segments: enSegments, models: enModels, messaging: enMessaging, campaigns: enCampaigns, coupons: enCoupons, journeys: enJourneys },
  ja: { common: jaCommon, auth: jaAuth, contacts: jaContacts, settings: jaSettings, companies: jaCompanies, fields: jaFields, timeline: jaTimeline, views: jaViews, imports: jaImports, merge: jaMerge, events: jaEvents, commerce: jaCommerce, segments: jaSegments, models: jaModels, messaging: jaMessaging, campaigns: jaCampaigns, coupons: jaCoupons, journeys: jaJourneys },
  'zh-CN': { common: zhCNCommon, auth: zhCNAuth, contacts: zhCNContacts, settings: zhCNSettings, companies: zhCNCompanies, fields: zhCNFields, timeline: zhCNTimeline, views: zhCNViews, imports: zhCNImports, merge: zhCNMerge, events: zhCNEvents, commerce: zhCNCommerce, segments: zhCNSegments, models: zhCNModels, messaging: zhCNMessaging, campaigns: zhCNCampaigns, coupons: zhCNCoupons, journeys: zhCNJourneys },
  'zh-TW': { common: zhTWCommon, auth: zhTWAuth, contacts: zhTWContacts, settings: zhTWSettings, companies: zhTWCompanies, fields: zhTWFields, timeline: zhTWTimeline, views: zhTWViews, imports: zhTWImports, merge: zhTWMerge, events: zhTWEvents, commerce: zhTWCommerce, segments: zhTWSegments, models: zhTWModels, messaging: zhTWMessaging, campaigns: zhTWCampaigns, coupons: zhTWCoupons, journeys: zhTWJourneys },
} as const;

export const namespaces = ['common', 'auth', 'contacts', 'settings', 'companies', 'fields', 'timeline', 'views', 'imports', 'merge', 'events', 'commerce', 'segments', 'models', 'messaging', 'campaigns', 'coupons', 'journeys'] as const;

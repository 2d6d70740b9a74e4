import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enContacts from './en/contacts.json';
import enSettings from './en/settings.json';
import jaAuth from './ja/auth.json';
import jaCommon from './ja/common.json';
import jaContacts from './ja/contacts.json';
import jaSettings from './ja/settings.json';
import zhCNAuth from './zh-CN/auth.json';
import zhCNCommon from './zh-CN/common.json';
import zhCNContacts from './zh-CN/contacts.json';
import zhCNSettings from './zh-CN/settings.json';
import zhTWAuth from './zh-TW/auth.json';
import zhTWCommon from './zh-TW/common.json';
import zhTWContacts from './zh-TW/contacts.json';
import zhTWSettings from './zh-TW/settings.json';

/** Every translation, bundled statically so no language needs a network round trip. */
export const resources = {
  en: { common: enCommon, auth: enAuth, contacts: enContacts, settings: enSettings },
  'zh-TW': { common: zhTWCommon, auth: zhTWAuth, contacts: zhTWContacts, settings: zhTWSettings },
  'zh-CN': { common: zhCNCommon, auth: zhCNAuth, contacts: zhCNContacts, settings: zhCNSettings },
  ja: { common: jaCommon, auth: jaAuth, contacts: jaContacts, settings: jaSettings },
} as const;

export const namespaces = ['common', 'auth', 'contacts', 'settings'] as const;

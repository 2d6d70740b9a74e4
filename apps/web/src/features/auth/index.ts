export { meQuery, useMe } from './api/me';
export { setupStatusQuery, useSetupStatus } from './api/setup-status';
export { useLogout } from './api/logout';
export { useChangePassword } from './api/change-password';
export { canAdminister, canConfigure, canWrite, useRole } from './permissions';
export { safeRedirect } from './safe-redirect';
export { LoginPage } from './routes/LoginPage';
export { SetupPage } from './routes/SetupPage';

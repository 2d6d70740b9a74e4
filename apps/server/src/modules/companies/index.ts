export { companies } from './companies.schema.js';
export { companyRoutes } from './companies.routes.js';
export {
  assertCompany,
  companyFieldMap,
  companyIdsByName,
  createCompany,
  findCompanyForLink,
  searchCompanies,
  writeCompanyRows,
} from './companies.service.js';
export { normalizeDomain, isValidTaiwanBusinessId } from './companies.domain.js';
export { findCompanyBy, findCompanyNames } from './companies.repo.js';

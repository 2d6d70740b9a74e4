export { companies } from './companies.schema.js';
export { companyRoutes } from './companies.routes.js';
export {
  assertCompany,
  companyFieldMap,
  companyIdsByName,
  findCompanyForLink,
  searchCompanies,
  writeCompanyRows,
} from './companies.service.js';
export { companyFields } from './companies.fields.js';

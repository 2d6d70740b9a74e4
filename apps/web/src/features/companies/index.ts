export { CompaniesPage } from './routes/CompaniesPage';
export { CompanyDetailPage } from './routes/CompanyDetailPage';
export { CompanySelect } from './components/CompanySelect';
export { CompanyLink } from './components/CompanyLink';
export { useCompanySearch } from './api/company-search';
export { companyKeys } from './api/companies';

export { WorkspaceSwitcher } from './components/WorkspaceSwitcher';
export { NoWorkspace } from './components/NoWorkspace';

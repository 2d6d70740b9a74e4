export { WorkspaceSwitcher } from './components/WorkspaceSwitcher';
export { NoWorkspace } from './components/NoWorkspace';
export { CreateWorkspaceModal } from './components/CreateWorkspaceModal';

// Rapport's own lint rules. module-boundaries: a server module is imported only through its
// index.ts, and platform code imports no module (ARCHITECTURE.md, rule 1).
import path from 'node:path';

const modulePath = /apps\/server\/src\/modules\/([^/]+)\/(.+)$/;

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import a module only through its index.ts; platform imports no module' },
    messages: {
      deep: 'Import module "{{target}}" through its index.ts, not {{file}}.',
      platform: 'Platform code must not import the "{{target}}" module; send a domain event instead.',
    },
    schema: [],
  },
  create(context) {
    const from = context.filename.split(path.sep).join('/');
    const fromModule = modulePath.exec(from)?.[1];
    const isPlatform = from.includes('/apps/server/src/platform/') && !from.endsWith('.test.ts');
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        if (typeof spec !== 'string' || !spec.startsWith('.')) return;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
        const m = modulePath.exec(resolved);
        if (!m) return;
        const [, target, file] = m;
        if (isPlatform) {
          context.report({ node, messageId: 'platform', data: { target } });
        } else if (target !== fromModule && !/^index\.(js|ts)$/.test(file)) {
          context.report({ node, messageId: 'deep', data: { target, file } });
        }
      },
    };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };

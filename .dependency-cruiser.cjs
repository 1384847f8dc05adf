/**
 * The dependency rules `npm test` enforces (`npm run deps`), as docs/architecture.md describes them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module can be read, tested and tree-shaken on its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-knows-no-standard',
      severity: 'error',
      comment: 'The engine runs the rules and profile it is given; it imports no rule, no rule set and no profile.',
      from: { path: '^src/engine/' },
      to: { path: '^src/(standards|profiles/(kunshan|national))' },
    },
    {
      name: 'no-node-builtins-outside-cli',
      severity: 'error',
      comment: 'Everything but the CLI runs in browsers and workers: Node built-ins only in src/cli.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-the-cli',
      severity: 'error',
      comment: 'The CLI is the outermost layer: the library never imports it.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entries and type-only declaration files aside).',
      from: { orphan: true, path: '^src/', pathNot: ['^src/(index|cli/bin|cli/index|cli/check-worker|[a-z-]+/index)\\.ts$', '\\.d\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};

// Worker threads do not inherit a loader for TypeScript under jest; register tsx, then load the worker.
require('tsx/cjs')
require('./worker-thread.ts')

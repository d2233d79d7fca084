/**
 * An in-memory CloudBase environment answering the few @cloudbase/manager-node calls the deploy makes
 * (scripts/deploy/cloudbase.ts), with the SDK's shapes and the cloud's refusals: creating what exists
 * fails, the function update replaces the whole set of environment variables, a trigger name is unique.
 */
import type { CloudBaseApi } from '../../scripts/deploy/cloudbase'

interface FakeIndex {
  Name: string
  Keys: Array<{ Name: string; Direction: string }>
  Unique: boolean
}

interface FakeFunction {
  Timeout: number
  MemorySize: number
  Runtime: string
  Variables: Array<{ Key: string; Value: string }>
  Triggers: Array<{ TriggerName: string; Type: string; TriggerDesc: string }>
  codeUploads: number
  root: string
}

export class FakeCloudBase implements CloudBaseApi {
  readonly collections = new Map<string, FakeIndex[]>()
  readonly permissions = new Map<string, string>()
  readonly fns = new Map<string, FakeFunction>()
  /** Every write, in order: `createCollection users`, `createIndex members.phone`, … */
  readonly writes: string[] = []

  private write(entry: string) {
    this.writes.push(entry)
  }

  addCollection(name: string, indexes: FakeIndex[] = [], permission = 'PRIVATE') {
    this.collections.set(name, [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }, ...indexes])
    this.permissions.set(name, permission)
  }

  database: CloudBaseApi['database'] = {
    listCollections: async (options = {}) => {
      const names = [...this.collections.keys()]
      const offset = options.MgoOffset ?? 0
      const limit = options.MgoLimit ?? 100
      const page = names.slice(offset, offset + limit)
      return {
        RequestId: 'fake',
        Collections: page.map((name) => ({ CollectionName: name, TableName: name, Count: 0, Size: 0, IndexCount: 0, IndexSize: 0 })),
        Pager: { Offset: offset, Limit: limit, Total: names.length },
      }
    },
    describeCollection: async (name) => {
      const indexes = this.collections.get(name)
      if (!indexes) throw Object.assign(new Error(`collection ${name} not found`), { code: 'ResourceNotFound' })
      return {
        RequestId: 'fake',
        IndexNum: indexes.length,
        Indexes: indexes.map((index) => ({ ...index, Size: 0, Accesses: { Ops: 0, Since: '' } })),
      }
    },
    createCollection: async (name) => {
      if (this.collections.has(name)) throw Object.assign(new Error(`collection ${name} exists`), { code: 'ResourceInUse' })
      this.write(`createCollection ${name}`)
      this.collections.set(name, [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }])
      // The cloud's default for a collection made by the API: only its creator reads and writes.
      this.permissions.set(name, 'PRIVATE')
      return { RequestId: 'fake' }
    },
    updateCollection: async (name, info) => {
      const indexes = this.collections.get(name)
      if (!indexes) throw new Error(`collection ${name} not found`)
      for (const drop of info.DropIndexes ?? []) {
        const at = indexes.findIndex((index) => index.Name === drop.IndexName)
        if (at < 0) throw new Error(`index ${drop.IndexName} not found`)
        indexes.splice(at, 1)
        this.write(`dropIndex ${name}.${drop.IndexName}`)
      }
      for (const create of info.CreateIndexes ?? []) {
        if (indexes.some((index) => index.Name === create.IndexName)) throw new Error(`index ${create.IndexName} exists`)
        for (const key of create.MgoKeySchema.MgoIndexKeys)
          if (key.Direction !== '1' && key.Direction !== '-1') throw new Error(`bad direction ${key.Direction}`)
        indexes.push({
          Name: create.IndexName,
          Keys: create.MgoKeySchema.MgoIndexKeys.map((key) => ({ ...key })),
          Unique: create.MgoKeySchema.MgoIsUnique,
        })
        this.write(`createIndex ${name}.${create.IndexName}`)
      }
      return { RequestId: 'fake' }
    },
  }

  permission: CloudBaseApi['permission'] = {
    describeResourcePermission: async ({ resources = [] }) => ({
      RequestId: 'fake',
      Data: {
        TotalCount: resources.length,
        PermissionList: resources
          .filter((name) => this.permissions.has(name))
          .map((name) => ({ ResourceType: 'collection' as const, Resource: name, Permission: this.permissions.get(name) })),
      },
    }),
    modifyResourcePermission: async ({ resource, permission }) => {
      if (!resource || !this.collections.has(resource)) throw new Error(`collection ${resource} not found`)
      this.permissions.set(resource, permission)
      this.write(`permission ${resource}=${permission}`)
      return { RequestId: 'fake', Data: { Success: true } }
    },
  }

  functions: CloudBaseApi['functions'] = {
    listAllFunctions: async () => [...this.fns.keys()].map((FunctionName) => ({ FunctionName })),
    getFunctionDetail: async (name) => {
      const fn = this.fns.get(name)
      if (!fn) throw Object.assign(new Error(`function ${name} not found`), { code: 'ResourceNotFound.Function' })
      return {
        FunctionName: name,
        Timeout: fn.Timeout,
        MemorySize: fn.MemorySize,
        Runtime: fn.Runtime,
        Environment: { Variables: fn.Variables.map((variable) => ({ ...variable })) },
        // SCF answers a timer's config as JSON.
        Triggers: fn.Triggers.map((trigger) => ({
          ...trigger,
          TriggerDesc: JSON.stringify({ cron: trigger.TriggerDesc }),
          Name: trigger.TriggerName,
          Config: '',
        })),
      } as unknown as Awaited<ReturnType<CloudBaseApi['functions']['getFunctionDetail']>>
    },
    createFunction: async ({ func, functionRootPath }) => {
      if (this.fns.has(func.name)) throw Object.assign(new Error(`function ${func.name} exists`), { code: 'ResourceInUse.Function' })
      this.write(`createFunction ${func.name}`)
      this.fns.set(func.name, {
        Timeout: func.timeout ?? 3,
        MemorySize: func.memorySize ?? 256,
        Runtime: func.runtime ?? 'Nodejs10.15',
        Variables: Object.entries(func.envVariables ?? {}).map(([Key, Value]) => ({ Key, Value: String(Value) })),
        Triggers: [],
        codeUploads: 1,
        root: functionRootPath ?? '',
      })
      if (func.triggers?.length) await this.functions.createFunctionTriggers(func.name, func.triggers)
      return { RequestId: 'fake' }
    },
    updateFunctionCode: async ({ func, functionRootPath }) => {
      const fn = this.fns.get(func.name)
      if (!fn) throw new Error(`function ${func.name} not found`)
      fn.codeUploads += 1
      fn.root = functionRootPath ?? ''
      this.write(`updateCode ${func.name}`)
      return { RequestId: 'fake' }
    },
    updateFunctionConfig: async (func) => {
      const fn = this.fns.get(func.name)
      if (!fn) throw new Error(`function ${func.name} not found`)
      if (func.triggers?.length) throw new Error('the deploy manages triggers itself')
      if (func.timeout !== undefined) fn.Timeout = func.timeout
      if (func.memorySize !== undefined) fn.MemorySize = func.memorySize
      // As the SDK: a non-empty set replaces the whole environment.
      if (func.envVariables && Object.keys(func.envVariables).length) {
        fn.Variables = Object.entries(func.envVariables).map(([Key, Value]) => ({ Key, Value: String(Value) }))
      }
      this.write(`updateConfig ${func.name}`)
      return { RequestId: 'fake' }
    },
    createFunctionTriggers: async (name, triggers = []) => {
      const fn = this.fns.get(name)
      if (!fn) throw new Error(`function ${name} not found`)
      for (const trigger of triggers) {
        if (fn.Triggers.some((existing) => existing.TriggerName === trigger.name)) throw new Error(`trigger ${trigger.name} exists`)
        fn.Triggers.push({ TriggerName: trigger.name, Type: trigger.type, TriggerDesc: trigger.config })
        this.write(`createTrigger ${name}.${trigger.name}`)
      }
      return { RequestId: 'fake' }
    },
    deleteFunctionTrigger: async (name, triggerName) => {
      const fn = this.fns.get(name)
      if (!fn) throw new Error(`function ${name} not found`)
      const at = fn.Triggers.findIndex((trigger) => trigger.TriggerName === triggerName)
      if (at < 0) throw new Error(`trigger ${triggerName} not found`)
      fn.Triggers.splice(at, 1)
      this.write(`deleteTrigger ${name}.${triggerName}`)
      return { RequestId: 'fake' }
    },
  }
}

/**
 * What the cloud environment should look like, from the repo's declarations only:
 * every collection and index of core/collections.ts, and every built function with its deploy.ts.
 */
import { COLLECTIONS, type IndexSpec } from '../../core/collections'
import type { EnvVarSpec, FunctionDeployment } from '../../cloudfunctions/_core/deploy-manifest'
import { deploymentOf, functionNames } from '../build-functions'

/** 仅管理端可读写: every read and write goes through the cloud functions. */
export const COLLECTION_PERMISSION = 'ADMINONLY'

/** The deployer's environment variables (process.env, or a test's). */
export type Environment = Readonly<Record<string, string | undefined>>

export interface DesiredCollection {
  name: string
  description: string
  indexes: readonly IndexSpec[]
}

export interface DesiredEnvVar extends EnvVarSpec {
  name: string
  /** From the deployer's environment; undefined when they have not set it. */
  value: string | undefined
}

export interface DesiredFunction extends Omit<FunctionDeployment, 'env'> {
  name: string
  env: DesiredEnvVar[]
}

export interface DesiredState {
  collections: DesiredCollection[]
  functions: DesiredFunction[]
}

export function desiredState(environment: Environment): DesiredState {
  const collections = Object.entries(COLLECTIONS).map(([name, spec]) => ({ name, description: spec.description, indexes: spec.indexes }))
  const functions = functionNames().map((name) => {
    const { env, ...rest } = deploymentOf(name)
    const vars = Object.entries(env).map(([key, spec]) => ({ ...spec, name: key, value: environment[key] || undefined }))
    return { ...rest, name, env: vars }
  })
  return { collections, functions }
}

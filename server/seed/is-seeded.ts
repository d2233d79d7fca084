import { countWhere } from '../../cloudfunctions/_core/db'

/** The demo community is there when the users collection has anyone in it. */
export async function isSeeded(): Promise<boolean> {
  return (await countWhere('users', {})) > 0
}

import type { TicketNumbers, TicketNumbersRow } from '../../../core/contract/community'
import { TICKET_CATEGORY_LABELS } from '../../../core/community/constants'
import type { TicketDoc } from '../../../core/community/model'
import { median } from '../../../core/community/numbers'
import { clockStateOf } from '../../../core/community/working-days'
import { failure, success } from '../../../core/result'
import { beijingDay } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, findAll, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { committeePath } from '../lib/scope'
import { tellInTx } from '../lib/outbox'

export const escalateOverdue: Handler<'community', 'escalateOverdue'> = async () => success({ escalated: await escalateOverdueTickets() })

/**
 * Open tickets past their due day (Beijing) are escalated to the committee: a timeline entry and one
 * message to 社区党委, in one transaction that first checks the ticket was not escalated — so the
 * daily timer, run twice or side by side with the admin's button, escalates a ticket once.
 */
export async function escalateOverdueTickets(now = new Date()): Promise<number> {
  const today = beijingDay(now)
  const _ = command()
  const due = await findMany<TicketDoc>(
    'tickets',
    { status: _.in(['accepted', 'inProgress']), dueDay: _.lt(today), escalatedAt: null },
    { orderBy: [['dueDay', 'asc']], limit: 200, fields: { _id: true } },
  )
  const committee = (await committeePath())[0] ?? 'committee'
  let escalated = 0
  for (const { _id } of due) {
    const done = await inTransaction(async (work) => {
      const ticket = await work.get<TicketDoc>('tickets', _id)
      if (!ticket || ticket.escalatedAt || !ticket.dueDay || ticket.dueDay >= today) return false
      if (ticket.status !== 'accepted' && ticket.status !== 'inProgress') return false
      const text = `「${ticket.number}」${TICKET_CATEGORY_LABELS[ticket.category]}（${ticket.building}）已超过 ${ticket.dueDay} 的办结期限，承办：${ticket.handler?.name ?? '未指定'}，请督办。`
      work.patch('tickets', _id, {
        escalatedAt: now,
        timeline: [
          ...ticket.timeline,
          { step: 'escalate', at: now, byName: '系统', byRole: '系统', text: '超过 20 个工作日期限，已提交社区党委督办' },
        ],
        updatedAt: now,
      })
      tellInTx(work, { _id: `escalate:${_id}`, type: 'escalation', ref: _id, toId: committee, toOpenid: null, text })
      return true
    })
    if (done) escalated += 1
  }
  return escalated
}

/** Per category and per handler in the manager's subtree: totals, open, closed, overdue, median days to close. */
export const ticketNumbers: Handler<'community', 'ticketNumbers'> = async ({ caller }) => {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  const tickets = await findAll<TicketDoc>(
    'tickets',
    { scopePath: caller.scopeOrg._id },
    {
      fields: { category: true, status: true, dueDay: true, daysToClose: true, handler: true },
    },
  )
  const today = beijingDay(new Date())
  const clockOf = (t: TicketDoc) => clockStateOf(t.dueDay, today, t.status === 'closed' || t.status === 'rated')
  const rowOf = (key: string, label: string, group: TicketDoc[]): TicketNumbersRow => {
    const closed = group.filter((t) => t.status === 'closed' || t.status === 'rated')
    return {
      key,
      label,
      total: group.length,
      open: group.length - closed.length,
      closed: closed.length,
      overdue: group.filter((t) => clockOf(t) === 'overdue').length,
      medianDaysToClose: median(closed.map((t) => t.daysToClose ?? 0)),
    }
  }
  const groupBy = (keyOf: (t: TicketDoc) => string | null) => {
    const groups = new Map<string, TicketDoc[]>()
    for (const t of tickets) {
      const key = keyOf(t)
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), t])
    }
    return groups
  }
  const byCategory = [...groupBy((t) => t.category)].map(([key, group]) =>
    rowOf(key, TICKET_CATEGORY_LABELS[key as TicketDoc['category']], group),
  )
  const byHandler = [...groupBy((t) => t.handler?.name ?? null)].map(([key, group]) => rowOf(key, key, group))
  const all = rowOf('all', '全部', tickets)
  const numbers: TicketNumbers = {
    total: all.total,
    open: all.open,
    overdue: all.overdue,
    nearDue: tickets.filter((t) => clockOf(t) === 'nearDue').length,
    medianDaysToClose: all.medianDaysToClose,
    byCategory: byCategory.sort((a, b) => b.total - a.total),
    byHandler: byHandler.sort((a, b) => b.total - a.total),
  }
  return success(numbers)
}

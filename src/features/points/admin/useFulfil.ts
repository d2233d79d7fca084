import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { OrderView } from '@core/contract'
import { appError } from '@core/errors'
import { fulfilOrder, lookupOrder } from '../../../services/points'
import { afterOk, settle, type Outcome } from '../../../shared/outcome'

/** 核销: type or scan a pickup code, see the order, hand it over. */
export function useFulfil() {
  const [code, setCode] = useState('')
  const [order, setOrder] = useState<OrderView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const look = async (value = code) => {
    const trimmed = value.trim()
    if (!/^\d{8}$/.test(trimmed)) return setProblem('取货码为 8 位数字')
    setBusy(true)
    setProblem(null)
    const reply = await lookupOrder(trimmed)
    setBusy(false)
    if (reply.ok) setOrder(reply.data.order)
    else {
      setOrder(null)
      setProblem(reply.error.message)
    }
  }

  const scan = async () => {
    try {
      const result = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
      setCode(result.result)
      await look(result.result)
    } catch {
      setProblem('没有扫到取货码，可以直接输入')
    }
  }

  /** Hands the order over; a refusal is also said under the code (the order may have changed meanwhile). */
  const fulfil = async (): Promise<Outcome<OrderView>> => {
    if (!order) return { ok: false, error: appError('COMMON.NOT_FOUND') }
    setBusy(true)
    const reply = await settle(() => fulfilOrder(order.pickupCode))
    setBusy(false)
    if (!reply.ok) setProblem(reply.error.message)
    return afterOk(reply, (data) => {
      setOrder(data.order)
      return data.order
    })
  }

  const reset = () => {
    setCode('')
    setOrder(null)
    setProblem(null)
  }
  return { code, setCode, order, problem, busy, look, scan, fulfil, reset }
}
